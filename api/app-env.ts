import type { JwtClaims } from './db/as-user.ts'

/** What Hono's context carries through a request. */
export interface AppEnv {
  Variables: {
    requestId: string
    claims: JwtClaims
  }
}
