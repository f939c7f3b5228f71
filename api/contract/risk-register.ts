/**
 * The risk register of PRODUCT.md ("The BRM half"): kinds, statuses and severity. Pure and
 * zod-free, for every screen and the server.
 */
import { utcDay } from './trust-index.ts'

export const riskKinds = [
  'contract',
  'supply_chain',
  'project',
  'investment',
  'intellectual_property',
  'security',
  'other',
] as const
export type RiskKind = (typeof riskKinds)[number]

export const riskStatuses = ['open', 'mitigating', 'accepted', 'closed'] as const
export type RiskStatus = (typeof riskStatuses)[number]

/** Likelihood and impact are each rated 1 (rare, minor) to 5 (almost certain, severe). */
export const riskScaleMax = 5
/** Every rating of the scale, lowest first. */
export const riskScale: readonly number[] = Array.from({ length: riskScaleMax }, (_, i) => i + 1)

/** Whether `value` is a rating of the scale. */
export const isRiskRating = (value: unknown): value is number =>
  typeof value === 'number' && riskScale.includes(value)

export type SeverityLevel = 'high' | 'medium' | 'low'

/** The lowest likelihood × impact of each level; below `medium` a risk is low. */
export const severityFloors = { high: 15, medium: 8 } as const

/**
 * A risk's severity: likelihood × impact (1–25) and its level.
 *
 * @example
 * riskSeverity(3, 5) // { score: 15, level: 'high' }
 * riskSeverity(2, 4) // { score: 8, level: 'medium' }
 */
export function riskSeverity(
  likelihood: number,
  impact: number,
): { score: number; level: SeverityLevel } {
  const score = likelihood * impact
  const level =
    score >= severityFloors.high ? 'high' : score >= severityFloors.medium ? 'medium' : 'low'
  return { score, level }
}

/**
 * Whether a risk's review is overdue: it is still live (not closed) and its review day is
 * before `asOf`'s calendar day (UTC).
 *
 * @example
 * reviewOverdue({ status: 'open', review_on: '2026-11-30' }, new Date('2026-12-01T09:00:00Z')) // true
 */
export function reviewOverdue(
  risk: { status: RiskStatus; review_on: string | null },
  asOf: Date,
): boolean {
  return risk.status !== 'closed' && risk.review_on !== null && risk.review_on < utcDay(asOf)
}
