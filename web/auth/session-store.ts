import { isRecord } from '../app/local-cache.ts'
import { mustSetPasswordKey } from '../../api/contract/password-rules.ts'
import { authClientCreated, authStorageKey } from './auth-client.ts'

/** The parts of the stored Supabase session the app reads. */
export interface StoredSession {
  accessToken: string
  /** Seconds since the epoch, as Supabase stores it. */
  expiresAt: number | null
  user: { id: string; email: string | null }
  /** An invited person signed in with their one-time password and must choose their own. */
  mustSetPassword: boolean
}

/**
 * Reads the session supabase-js persisted; null unless it holds tokens and a user id.
 */
export function parseStoredSession(raw: string | null): StoredSession | null {
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isRecord(value) || !isRecord(value.user)) return null
  const { access_token, refresh_token, expires_at, user } = value
  if (typeof access_token !== 'string' || typeof refresh_token !== 'string') return null
  if (typeof user.id !== 'string') return null
  const metadata = isRecord(user.user_metadata) ? user.user_metadata : {}
  return {
    accessToken: access_token,
    expiresAt: typeof expires_at === 'number' ? expires_at : null,
    user: { id: user.id, email: typeof user.email === 'string' ? user.email : null },
    mustSetPassword: metadata[mustSetPasswordKey] === true,
  }
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(authStorageKey)
  } catch {
    return null
  }
}

let lastRaw: string | null | undefined
let lastSession: StoredSession | null = null

/**
 * The session stored on this device, whether or not its access token is still fresh. A person
 * counts as signed in while it is stored: supabase-js keeps it when a refresh fails for want of a
 * network, and removes it itself when the server rejects the refresh token.
 */
export function readStoredSession(): StoredSession | null {
  const raw = readRaw()
  if (raw !== lastRaw) {
    lastRaw = raw
    lastSession = parseStoredSession(raw)
  }
  return lastSession
}

const listeners = new Set<() => void>()
let detach: (() => void) | null = null

function notify() {
  for (const listener of listeners) listener()
}

function onStorage(event: StorageEvent) {
  if (event.key === null || event.key === authStorageKey) notify()
}

/**
 * Calls `onChange` whenever the stored session may have changed: sign-in, refresh, sign-out, or
 * another tab doing any of these.
 */
export function subscribeToSession(onChange: () => void): () => void {
  listeners.add(onChange)
  if (!detach) {
    // In this tab the session changes only through the auth client, which loads on first use.
    let stopped = false
    let subscription: { unsubscribe(): void } | null = null
    void authClientCreated().then((auth) => {
      if (!stopped) subscription = auth.onAuthStateChange(() => notify()).data.subscription
    })
    window.addEventListener('storage', onStorage)
    detach = () => {
      stopped = true
      subscription?.unsubscribe()
      window.removeEventListener('storage', onStorage)
    }
  }
  return () => {
    listeners.delete(onChange)
    if (listeners.size === 0) {
      detach?.()
      detach = null
    }
  }
}

/**
 * Removes the stored session without asking the server, for a sign-out that cannot reach it.
 */
export function forgetStoredSession(): void {
  try {
    for (const suffix of ['', '-user', '-code-verifier']) {
      window.localStorage.removeItem(authStorageKey + suffix)
    }
  } finally {
    notify()
  }
}
