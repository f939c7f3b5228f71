import type {
  AccountDecisionSpec,
  AccountSpec,
  CommitmentSpec,
  RiskSpec,
  ValueSpec,
  VisitSpec,
} from './specs.ts'
import { moved, visit as v } from './specs.ts'

/** A second tenant with its own rows, so cross-org isolation has something to hide. */
export const neighbourAccounts: AccountSpec[] = [
  {
    key: 'n-dps',
    kind: 'agency',
    name: 'Department of Public Safety',
    short: 'DPS',
    tier: 'strategic',
    maturity: [3, 3],
    goals: 'Replace computer-aided dispatch and share incident data with counties.',
    primary: 'neighbour',
    contacts: [
      ['Commissioner of Public Safety', 'decision_maker'],
      ['Dispatch Systems Manager', 'champion'],
    ],
  },
  {
    key: 'n-lottery',
    kind: 'agency',
    name: 'Lottery Commission',
    short: 'LOT',
    tier: 'transactional',
    maturity: [2, 3],
    goals: 'Move retailer terminals to the new network without downtime.',
    primary: 'neighbour',
    contacts: [
      ['Executive Director', 'decision_maker'],
      ['Retail Systems Lead', 'user'],
    ],
  },
  {
    key: 'n-kestrel',
    kind: 'vendor',
    name: 'Kestrel Payments Inc.',
    short: 'Kestrel',
    tier: 'core',
    maturity: [3, 2],
    goals: 'Payment processing for licences and fees across agencies.',
    primary: 'neighbour',
    contacts: [
      ['Client Success Manager', 'decision_maker'],
      ['Integration Engineer', 'user'],
    ],
  },
]

export const neighbourVisits: Record<string, VisitSpec[]> = {
  'n-dps': [
    v(6, 'visit', 4, [0, 1], 'Dispatch replacement: requirements sign-off', { invite: true }),
    v(34, 'call', 3, [1], 'County data-sharing memorandum'),
  ],
  'n-lottery': [v(61, 'meeting', 3, [0, 1], 'Retailer terminal network cut-over plan')],
  'n-kestrel': [
    v(14, 'meeting', 2, [0], 'Payment outage on licence renewals'),
    v(75, 'call', 3, [1], 'Tokenisation upgrade timeline'),
  ],
}

export const neighbourCommitments: CommitmentSpec[] = [
  {
    account: 'n-dps',
    title: 'Send dispatch vendor reference checks',
    side: 'us',
    due: 5,
    status: 'open',
    link: true,
  },
  {
    account: 'n-kestrel',
    title: 'Root-cause report for the payment outage',
    side: 'vendor',
    due: -3,
    status: 'open',
    link: true,
  },
  {
    account: 'n-lottery',
    title: 'Confirm the cut-over weekend',
    side: 'them',
    due: -20,
    status: 'done',
    done: -22,
  },
]

export const neighbourValue: ValueSpec[] = [
  {
    account: 'n-dps',
    title: 'Faster dispatch',
    outcome: 'Units reach emergencies sooner',
    metric: 'Call-to-dispatch seconds',
    baseline: '95',
    target: '60',
    numbers: { unit: 'seconds', baseline: 95, target: 60 },
    stage: 'approved',
    history: [
      moved(120, 'neighbour', 'idea', 'Commissioner wants units dispatched within a minute'),
      moved(34, 'neighbour', 'exploring', 'Counties agreed to share incident data'),
      moved(6, 'neighbour', 'approved', 'Requirements signed off; dispatch replacement approved'),
    ],
  },
]

export const neighbourDecisions: AccountDecisionSpec[] = [
  {
    account: 'n-dps',
    ago: 6,
    title: 'Replace dispatch in two waves, the counties second',
    rationale:
      'State dispatch goes first with the signed-off requirements; counties join once the incident data-sharing memorandum is in force.',
    status: 'decided',
  },
]

export const neighbourRisks: RiskSpec[] = [
  {
    account: 'n-lottery',
    vendor: 'n-kestrel',
    kind: 'supply_chain',
    title: "Retailer payments depend on Kestrel's single processing region",
    description:
      'The licence renewal outage showed Kestrel runs in one region. The terminal cut-over weekend would stop every retailer sale if it fails again.',
    rating: [3, 4],
    owner: 'neighbour',
    mitigation:
      'Ask Kestrel for a second region before the cut-over; keep offline sales at terminals.',
    status: 'open',
    review: 10,
    raised: 14,
    changed: 14,
  },
]
