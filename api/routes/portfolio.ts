import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { portfolioQuery, type PortfolioResponse } from '../contract/portfolio.ts'
import { asUser, type UserDatabase } from '../db/as-user.ts'
import { errorBody } from '../middleware/json-errors.ts'
import { buildPortfolio } from '../portfolio/build-portfolio.ts'
import { readPortfolioRows } from '../portfolio/portfolio-rows.ts'

/**
 * `GET /api/portfolio?asOf=ISO-8601`, behind requireUser: every active relationship the user may
 * see, with its trust index computed over the rows RLS lets them see, most in need of attention
 * first. `asOf` defaults to now.
 */
export function portfolioRoutes(db: UserDatabase) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const parsed = portfolioQuery.safeParse(c.req.query())
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const message = `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'is invalid'}`
      return c.json(errorBody(c, 'bad_request', message), 400)
    }
    const asOf = parsed.data.asOf ? new Date(parsed.data.asOf) : new Date()
    const claims = c.get('claims')
    // One snapshot for the four reads, so a commit between them cannot skew the numbers.
    const rows = await asUser(db, claims, (tx) => readPortfolioRows(tx, asOf), {
      isolation: 'repeatable read',
    })
    const body: PortfolioResponse = {
      asOf: asOf.toISOString(),
      accounts: buildPortfolio(rows, asOf, claims.sub),
    }
    return c.json(body, 200)
  })
}
