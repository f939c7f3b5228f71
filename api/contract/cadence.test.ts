import { describe, expect, it } from 'vitest'
import { cadenceFields, initialTierCadence, orgTierCadence } from './cadence.ts'

describe('an org’s cadence defaults', () => {
  it('are read from its row, tier by tier', () => {
    const org = { cadence_strategic_days: 7, cadence_core_days: 21, cadence_transactional_days: 60 }
    expect(orgTierCadence(org)).toEqual({ strategic: 7, core: 21, transactional: 60 })
  })

  it('are the initial 14 / 30 / 90 for what the row does not say, or with no row', () => {
    expect(initialTierCadence).toEqual({ strategic: 14, core: 30, transactional: 90 })
    expect(orgTierCadence(undefined)).toEqual(initialTierCadence)
    expect(orgTierCadence({ cadence_core_days: 45 })).toEqual({
      strategic: 14,
      core: 45,
      transactional: 90,
    })
  })

  it('are written as the columns of the tiers given only', () => {
    expect(cadenceFields({ strategic: 10, transactional: 120 })).toEqual({
      cadence_strategic_days: 10,
      cadence_transactional_days: 120,
    })
    expect(cadenceFields({})).toEqual({})
  })
})
