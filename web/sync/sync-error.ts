/** Why a sync attempt failed; every kind keeps the outbox. */
export type SyncErrorKind =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'server'
  | 'signed_out'
  | 'removed'
  | 'seq_gap'
  | 'refused_again'
  | 'forbidden'
  | 'bad_request'
  | 'bad_response'
  | 'too_large'
  | 'local'

/** A failed sync step, with a message the Device screen can show as is. */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'SyncError'
  }
}

const plain: Record<SyncErrorKind, string> = {
  offline: 'Offline — changes are kept on this device and sync when the connection returns.',
  network: "Couldn't reach the server. Will try again.",
  timeout: 'The server took too long to answer. Will try again.',
  server: 'The server had a problem. Will try again.',
  signed_out: 'Sign in to sync. Your changes are kept on this device.',
  removed:
    'You are no longer a member of the office: its data was removed from this device. Changes ' +
    'not yet sent are kept under refused changes.',
  seq_gap:
    "This device's changes are out of step with the server (a bug). They are kept; please " +
    'report it.',
  refused_again:
    "The server didn't recognise this device's sync history, and refused it again after the " +
    'device registered anew. Your changes are kept on this device; please report it.',
  forbidden: 'The server refused this device for the signed-in account.',
  bad_request: 'The server could not read what this device sent (a bug). Changes are kept.',
  bad_response: 'The server sent an answer this device could not read. Will try again.',
  too_large: 'A change is too large to send. It is kept on this device.',
  local: 'Something went wrong on this device while syncing. Will try again.',
}

/**
 * A SyncError of `kind` with its plain message, optionally with a detail appended.
 */
export function syncError(kind: SyncErrorKind, status?: number, detail?: string): SyncError {
  return new SyncError(kind, detail ? `${plain[kind]} (${detail})` : plain[kind], status)
}

/**
 * Any thrown value as a SyncError; anything unexpected is a 'local' failure (retried).
 */
export function asSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return syncError('local', undefined, detail)
}
