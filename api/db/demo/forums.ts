import { visit as v, type UserKey, type VisitSpec } from './specs.ts'

type Role = 'chair' | 'co_chair' | 'member' | 'observer'

export interface ForumSpec {
  key: string
  name: string
  purpose: 'strategic' | 'tactical'
  charter: string
  cadence: number
  coChairs: string
  users: [UserKey, Role][]
  accounts: [string, Role][]
  /** [account key, contact index, role] */
  contacts: [string, number, Role][]
  /** The relationship each meeting is logged against (a check-in belongs to one account). */
  host: string
  meetings: VisitSpec[]
}

/** Governance bodies: strategic looks ahead with suppliers; tactical runs the day to day. */
export const forums: ForumSpec[] = [
  {
    key: 'council',
    name: 'IT Governance Council',
    purpose: 'strategic',
    charter:
      'Sets enterprise technology direction, prioritises the cross-agency portfolio against the outcomes the state seeks, and reviews supplier performance against the outcomes in their contracts.',
    cadence: 90,
    coChairs: 'State CIO; MSI Service Delivery Lead, Tessellate Integration Co.',
    users: [
      ['admin', 'chair'],
      ['lead', 'member'],
      ['viewer', 'observer'],
    ],
    accounts: [
      ['tessellate', 'co_chair'],
      ['dor', 'member'],
      ['dhhs', 'member'],
      ['dot', 'member'],
      ['dlw', 'member'],
      ['riverbend', 'observer'],
    ],
    contacts: [
      ['tessellate', 1, 'co_chair'],
      ['dor', 0, 'member'],
      ['dhhs', 0, 'member'],
      ['dot', 0, 'member'],
    ],
    host: 'tessellate',
    meetings: [
      v(44, 'forum', null, [0, 1], 'Council: portfolio priorities for the next budget cycle', {
        by: 'lead',
        note: 'Agreed to rank cross-agency demand by outcome, not by who asked first.',
      }),
      v(134, 'forum', null, [1], 'Council: supplier outcomes review', { by: 'lead' }),
    ],
  },
  {
    key: 'working-group',
    name: 'Agency CIO Working Group',
    purpose: 'tactical',
    charter:
      'Agency CIOs and relationship managers work through shared service issues, upcoming changes and demand that crosses agencies.',
    cadence: 30,
    coChairs: 'BRM Lead, Office of the CIO; CIO, Department of Health and Human Services',
    users: [
      ['lead', 'co_chair'],
      ['manager', 'member'],
      ['manager2', 'member'],
    ],
    accounts: [
      ['dhhs', 'co_chair'],
      ['dmv', 'member'],
      ['doe', 'member'],
      ['sp', 'member'],
      ['oem', 'member'],
      ['dvs', 'member'],
      ['counties', 'observer'],
    ],
    contacts: [
      ['dhhs', 1, 'co_chair'],
      ['dot', 1, 'member'],
      ['dor', 1, 'member'],
      ['doe', 1, 'member'],
    ],
    host: 'dhhs',
    meetings: [
      v(9, 'forum', null, [1], 'Working Group: identity and access changes for agency apps'),
      v(39, 'forum', null, [1], 'Working Group: service desk handoffs and the new RACI'),
    ],
  },
]
