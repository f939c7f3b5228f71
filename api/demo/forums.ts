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
      v(225, 'forum', null, [0, 1], 'Council: annual plan and the cloud-first standard', {
        by: 'admin',
      }),
      v(316, 'forum', null, [1, 2], 'Council: charter renewal and supplier scorecards', {
        by: 'admin',
        note: 'Charter renewed for two years with the MSI as co-chair.',
      }),
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
    // Behind its cadence: no meeting since the RACI session, more than 30 days ago.
    meetings: [
      v(68, 'forum', null, [1], 'Working Group: identity and access changes for agency apps'),
      v(39, 'forum', null, [1], 'Working Group: service desk handoffs and the new RACI', {
        note: 'The next two sessions were cancelled for the enrolment peak; none is booked yet.',
      }),
      v(99, 'forum', null, [1, 4], 'Working Group: data sharing across agencies'),
      v(130, 'forum', null, [1], 'Working Group: change calendar for the fiscal year'),
    ],
  },
  {
    key: 'vendor-review',
    name: 'Vendor Performance Review',
    purpose: 'tactical',
    charter:
      'Each month, reviews every supplier against the outcomes in its contract and its latest scorecard, and agrees service credits, cure plans and recovery actions. The multisource integrator brings the service levels across suppliers.',
    cadence: 30,
    coChairs: 'BRM Lead, Office of the CIO; MSI Service Delivery Lead, Tessellate Integration Co.',
    users: [
      ['lead', 'co_chair'],
      ['manager', 'member'],
      ['manager2', 'member'],
    ],
    accounts: [
      ['tessellate', 'co_chair'],
      ['copperline', 'member'],
      ['bellweather', 'member'],
      ['ironbark', 'member'],
      ['sablewood', 'member'],
      ['quillfeather', 'member'],
    ],
    contacts: [
      ['tessellate', 1, 'co_chair'],
      ['tessellate', 3, 'member'],
      ['copperline', 0, 'member'],
      ['sablewood', 1, 'member'],
    ],
    host: 'tessellate',
    meetings: [
      v(12, 'forum', null, [1, 3], 'Vendor review: Copperline recovery, Sablewood response times', {
        by: 'lead',
      }),
      v(43, 'forum', null, [1], 'Vendor review: Ironbark migration and Quillfeather capacity', {
        by: 'lead',
      }),
      v(74, 'forum', null, [1, 3], 'Vendor review: hosting consumption, storage post-mortem', {
        by: 'lead',
      }),
      v(105, 'forum', null, [1, 2], 'Vendor review: first session under the new charter', {
        by: 'lead',
      }),
    ],
  },
]
