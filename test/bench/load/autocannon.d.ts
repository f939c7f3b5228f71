/**
 * The part of autocannon's programmatic API the load bench uses (autocannon ships no types).
 * https://github.com/mcollina/autocannon#api
 */
declare module 'autocannon' {
  export interface Client {
    setHeaders(headers: Record<string, string>): void
    setBody(body: string): void
    setRequests(requests: RequestSpec[]): void
    on(event: 'response', listener: (status: number) => void): void
  }
  export interface RequestContext {
    [key: string]: unknown
  }
  export interface RequestSpec {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: RequestSpec, context: RequestContext) => RequestSpec
  }
  export interface Options {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    timeout?: number
    headers?: Record<string, string>
    requests?: RequestSpec[]
    initialContext?: RequestContext
    setupClient?: (client: Client) => void
  }
  export interface Histogram {
    average: number
    p50: number
    p99: number
    max: number
  }
  export interface Result {
    requests: Histogram & { total: number }
    latency: Histogram
    errors: number
    timeouts: number
    non2xx: number
    statusCodeStats: Record<string, { count: number }>
    duration: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
