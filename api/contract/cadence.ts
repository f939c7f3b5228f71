/**
 * A relationship's tier and the cadence target it sets: each org keeps its own default number
 * of days between visits per tier (columns of `orgs`, written by an admin), which the database
 * trigger fills into a new relationship that names none and the device uses until the server's
 * answer arrives. `initialTierCadence` is what a new org starts with: the SQL column defaults,
 * proved equal by test/integration/contract-sql-agreement.test.ts. Zod-free.
 */

export const accountTiers = ['strategic', 'core', 'transactional'] as const
export type AccountTier = (typeof accountTiers)[number]

/** Days between visits, per tier. */
export type TierCadence = Record<AccountTier, number>

/** The bounds of any cadence target, in days (the SQL checks say the same). */
export const cadenceDaysRange = { min: 1, max: 3650 } as const

/** What a new org's defaults are, before an admin changes them. */
export const initialTierCadence: TierCadence = { strategic: 14, core: 30, transactional: 90 }

/** The `orgs` column holding each tier's default. */
export const cadenceColumns = {
  strategic: 'cadence_strategic_days',
  core: 'cadence_core_days',
  transactional: 'cadence_transactional_days',
} as const satisfies Record<AccountTier, string>

export type CadenceColumn = (typeof cadenceColumns)[AccountTier]

/** An org row as far as its cadence defaults go (an older row may lack them). */
export type OrgCadence = Partial<Record<CadenceColumn, number | null>>

/**
 * An org's default cadence per tier, read from its row; a tier the row does not say (no org on
 * the device yet, or a row from before the setting) keeps the initial default.
 *
 * @example
 * orgTierCadence({ cadence_strategic_days: 7 }) // { strategic: 7, core: 30, transactional: 90 }
 */
export function orgTierCadence(org: OrgCadence | undefined): TierCadence {
  const days = (tier: AccountTier) => org?.[cadenceColumns[tier]] ?? initialTierCadence[tier]
  return { strategic: days('strategic'), core: days('core'), transactional: days('transactional') }
}

/**
 * The `orgs` fields that set some tiers' defaults, for a write.
 *
 * @example
 * cadenceFields({ core: 21 }) // { cadence_core_days: 21 }
 */
export function cadenceFields(days: Partial<TierCadence>): Partial<Record<CadenceColumn, number>> {
  return Object.fromEntries(
    accountTiers.flatMap((tier) =>
      days[tier] === undefined ? [] : [[cadenceColumns[tier], days[tier]]],
    ),
  )
}
