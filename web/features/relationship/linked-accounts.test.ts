import { describe, expect, it } from 'vitest'
import { linkedAccounts } from './linked-accounts.ts'

const agency = 'agency-1'
const vendorA = 'vendor-a'
const vendorB = 'vendor-b'

const item = (account_id: string, vendor_account_id: string | null, deleted = false) => ({
  account_id,
  vendor_account_id,
  deleted_at: deleted ? '2026-11-01T00:00:00Z' : null,
})
const card = (
  vendor: string,
  agencyId: string | null,
  period: string,
  grade: 'A' | 'B' | null,
) => ({
  vendor_account_id: vendor,
  agency_account_id: agencyId,
  period,
  grade,
  deleted_at: null,
})

describe('linkedAccounts', () => {
  it('finds an agency’s vendors in its value items and scorecards, once each', () => {
    const { vendors, agencies } = linkedAccounts(
      agency,
      [
        item(agency, vendorA),
        item(agency, vendorA),
        item(agency, null),
        item(agency, 'gone', true),
      ],
      [card(vendorB, agency, '2026-Q2', 'B'), card(vendorB, agency, '2026-Q3', 'A')],
    )
    expect(vendors).toEqual([
      { id: vendorA, latest: null },
      { id: vendorB, latest: { grade: 'A', period: '2026-Q3' } },
    ])
    expect(agencies).toEqual([])
  })

  it('finds the agencies a vendor serves, skipping scorecards for no agency', () => {
    const { vendors, agencies } = linkedAccounts(
      vendorA,
      [item(agency, vendorA), item('agency-2', vendorB)],
      [card(vendorA, null, '2026-Q3', 'B'), card(vendorA, 'agency-3', '2026-Q1', null)],
    )
    expect(vendors).toEqual([])
    expect(agencies).toEqual([
      { id: agency, latest: null },
      { id: 'agency-3', latest: null },
    ])
  })
})
