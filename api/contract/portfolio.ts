import { z } from 'zod'
import { outsideCalendarMessage, withinCalendar } from './calendar-range.ts'
import { uuid } from './uuid.ts'

/**
 * The wire shapes of `GET /api/portfolio`: the signed-in user's relationships with their trust
 * index, most in need of attention first. Written once; the API types its answer from them and
 * the web may parse with them.
 */

const isoDateTime = z.iso.datetime({ offset: true })

/**
 * `asOf`: an ISO-8601 instant with its time zone ('2026-05-01T09:00:00Z', '…+10:00') or a bare
 * day ('2026-05-01', read as that day's midnight UTC like every day of PRODUCT.md). Local times
 * without a zone are refused: the server cannot guess whose clock they are on.
 */
export const portfolioQuery = z.object({
  asOf: z
    .union([isoDateTime, z.iso.date()], {
      error: 'must be an ISO-8601 date-time with a time zone, e.g. 2026-05-01T09:00:00Z',
    })
    .refine(withinCalendar, outsideCalendarMessage)
    .optional(),
})
export type PortfolioQuery = z.infer<typeof portfolioQuery>

const share = z.number().min(0).max(1)
const count = z.number().int().min(0)

export const trustSummary = z.object({
  score: z.number().int().min(0).max(100),
  band: z.enum(['strong', 'steady', 'at_risk']),
  /** The 0..1 values of the formula's five components. */
  components: z.object({
    pulse: share,
    follow_through: share,
    cadence: share,
    breadth: share,
    strategic_seat: share,
  }),
  reasons: z.array(z.string()),
  /** The score minus the score 30 days before asOf. */
  trend: z.number().int().min(-100).max(100),
})
export type TrustSummary = z.infer<typeof trustSummary>

export const portfolioAccount = z.object({
  id: uuid,
  name: z.string(),
  kind: z.enum(['agency', 'vendor', 'partner', 'internal']),
  tier: z.enum(['strategic', 'core', 'transactional']),
  trust: trustSummary,
  /** Open commitments of ours past their due day: what the score's penalty counts. */
  overdueCount: count,
  /** Whole days since the latest check-in at or before asOf; null without one. */
  daysSinceContact: count.nullable(),
  /** Open, non-deleted commitments by whose they are. */
  openCommitments: z.object({ us: count, them: count, vendor: count }),
})
export type PortfolioAccount = z.infer<typeof portfolioAccount>

export const portfolioResponse = z.object({
  /** The instant the numbers are computed at, as ISO-8601 UTC. */
  asOf: isoDateTime,
  /** In the order of contract/portfolio-order.ts: most in need of attention first. */
  accounts: z.array(portfolioAccount),
})
export type PortfolioResponse = z.infer<typeof portfolioResponse>
