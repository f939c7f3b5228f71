/** What the bench page (test/bench/browser) exposes on `window`, and what the runner sends it. */

/** The rows the device writes under, as the server holds them. */
export interface BenchScope {
  userId: string
  orgId: string
  accountId: string
}

/** Paired samples in milliseconds: the Liaison path and its floor, measured alternately. */
export interface PairedSamples {
  liaison: number[]
  floor: number[]
}

export interface SaveLatencyInput {
  scope: BenchScope
  warmup: number
  runs: number
}

export interface PullInput {
  token: string
  /** A fresh IndexedDB database name for this repetition. */
  name: string
}

export interface PullResult {
  liaisonMs: number
  /** Of liaisonMs, the time spent in HTTP requests (network, server, JSON both ways). */
  httpMs: number
  floorMs: number
  /** Rows the pull stored, and the floor wrote again. */
  rows: number
}

/** One queued create, as it went to the server (the floor inserts the same fields). */
export interface QueuedRow {
  table: 'contacts' | 'checkins'
  id: string
  fields: Record<string, unknown>
}

export interface PushInput {
  token: string
  name: string
  scope: BenchScope
  count: number
}

export interface PushResult {
  liaisonMs: number
  httpMs: number
  /** Queueing the writes (setup, not part of liaisonMs). */
  queueMs: number
  pushed: number
  rejected: number
  /** Outbox entries left after the push: 0 when it worked. */
  left: number
  rows: QueuedRow[]
}

export interface BenchApi {
  saveLatency(input: SaveLatencyInput): Promise<PairedSamples>
  pull(input: PullInput): Promise<PullResult>
  push(input: PushInput): Promise<PushResult>
}

declare global {
  interface Window {
    liaisonBench?: BenchApi
  }
}
