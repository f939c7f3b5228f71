import type { RiskSpec } from './specs.ts'
import { supplierRisks } from './risks-suppliers.ts'

/** The risks the office carries on its agency relationships. */
const agencyRisks: RiskSpec[] = [
  {
    account: 'dlw',
    vendor: 'copperline',
    value: 'Unemployment insurance claims modernisation',
    kind: 'project',
    title: 'Claims platform cut-over slips into the January employer filing season',
    description:
      'Copperline has missed three milestones. A cut-over in January would land on top of the quarterly wage filings and the winter claims peak, with the legacy system already off support.',
    rating: [4, 5],
    owner: 'manager',
    mitigation:
      'Weekly recovery stand-up with named owners; cure notice drafted. Fallback: hold the cut-over until after the filings and extend legacy support by a quarter.',
    status: 'mitigating',
    review: -6,
    raised: 84,
    changed: 12,
  },
  {
    account: 'oem',
    vendor: 'bellweather',
    value: 'Mass-notification failover to the cloud',
    kind: 'supply_chain',
    title: 'Mass notification rests on one alerting supplier',
    description:
      'Failover now takes 7 minutes, but both sites run the same alerting software and its single SMS and voice gateway, resold under the Bellweather hosting contract. If that gateway fails, no alert goes out.',
    rating: [3, 5],
    owner: 'manager',
    mitigation:
      'Contract a second SMS and voice gateway; send a test alert through the federal alerting path each quarter.',
    status: 'open',
    review: 20,
    raised: 38,
    changed: 38,
  },
  {
    account: 'dor',
    vendor: 'quillfeather',
    value: 'E-file adoption for individual returns',
    kind: 'intellectual_property',
    title: 'Quillfeather holds the rights to the e-file journey',
    description:
      'The digital services contract leaves the redesigned e-file journey and its design system with Quillfeather. DOR cannot take it in-house or to another supplier without a new licence.',
    rating: [3, 4],
    owner: 'lead',
    mitigation:
      'Negotiate a perpetual licence and source escrow in the next amendment; ask procurement to make state ownership of work product the default.',
    status: 'open',
    review: -12,
    raised: 110,
    changed: 40,
  },
  {
    account: 'dor',
    kind: 'project',
    title: 'Business-tax data fails to migrate cleanly to the cloud tax platform',
    description:
      'Business-tax accounts carry twenty years of amendments. A bad migration means wrong balances on notices, and phase two cannot start without it.',
    rating: [3, 5],
    owner: 'manager',
    mitigation:
      'Two dress rehearsals before cut-over, each reconciled and signed off by the program manager; phase two waits for a clean run.',
    status: 'mitigating',
    review: 10,
    raised: 52,
    changed: 17,
  },
  {
    account: 'dhhs',
    value: 'Data-sharing governance across programs',
    kind: 'security',
    title: "Case extracts shared in spreadsheets expose residents' data",
    description:
      'Programs still copy case extracts into spreadsheets to share them. One misaddressed email would breach Medicaid and child welfare confidentiality rules.',
    rating: [3, 4],
    owner: 'manager2',
    mitigation:
      'Privacy Officer signs the governance model before any pilot; extracts replaced by governed views; access reviewed each quarter.',
    status: 'open',
    review: 14,
    raised: 45,
    changed: 26,
  },
  {
    account: 'dhhs',
    vendor: 'tessellate',
    value: 'One front door for benefits',
    kind: 'investment',
    title: "Phase two of the front door is not in next year's budget request",
    description:
      'Phase one is funded. Without phase two, child care stays outside the single application and families still apply twice.',
    rating: [2, 4],
    owner: 'admin',
    mitigation:
      'Phase one outcome measures in front of the budget office before the request closes; the council to rank phase two against the portfolio.',
    status: 'mitigating',
    review: -3,
    raised: 44,
    changed: 20,
  },
  {
    account: 'doc',
    kind: 'security',
    title: 'Shared passwords on facility workstations',
    description:
      'Officers share sign-ins on facility workstations that reach the offender management system. Nobody can say who changed a record.',
    rating: [4, 4],
    owner: null,
    mitigation:
      'Named accounts and badge sign-in with the facility network refresh; until then, monthly password rotation and an access log review.',
    status: 'open',
    review: -20,
    raised: 150,
    changed: 70,
  },
  {
    account: 'dlw',
    kind: 'other',
    title: "DLW's agency CIO opposes sharing workforce data",
    description:
      'The agency CIO blames the shared platform for the claims backlog and is keeping claims data out of it. The university study and the council proposal both need that data.',
    rating: [3, 3],
    owner: 'admin',
    mitigation:
      'The State CIO meets the Commissioner and the agency CIO together; the data-sharing charter is drafted with DLW, not for it.',
    status: 'open',
    review: 0,
    raised: 62,
    changed: 48,
  },
  {
    account: 'dot',
    vendor: 'ironbark',
    value: 'Fibre backhaul for corridor sensors',
    kind: 'supply_chain',
    title: 'Optics lead times hold up the corridor fibre backhaul',
    description:
      'Ironbark is quoting 26 weeks for the optics the corridor links need. Until they arrive, 170 sensors keep uploading overnight over cellular.',
    rating: [4, 3],
    owner: 'manager2',
    mitigation:
      'Order the optics ahead of the remaining migration waves; bring the most congested corridor segments forward.',
    status: 'mitigating',
    review: -9,
    raised: 66,
    changed: 43,
  },
  {
    account: 'sp',
    kind: 'security',
    title: 'CJIS audit findings reopen at the next audit',
    description:
      'Findings on records staff training were closed on paper. The next CJIS audit would reopen them and put access to national crime data at risk.',
    rating: [2, 5],
    owner: 'manager2',
    mitigation:
      'Records staff completed the cybersecurity training; the Information Security Officer keeps the evidence for the auditors.',
    status: 'closed',
    review: -40,
    raised: 70,
    changed: 41,
  },
  {
    account: 'dnr',
    kind: 'investment',
    title: 'GIS licences renewed that nobody opens',
    description: 'A third of the GIS licences were not opened last year; the renewal keeps them.',
    rating: [3, 2],
    owner: 'manager2',
    mitigation:
      'Accepted until the consolidation: the cost is small next to the effort of moving users mid-season.',
    status: 'accepted',
    review: 60,
    raised: 150,
    changed: 150,
  },
  {
    account: 'dmv',
    value: 'Remote identity verification for renewals',
    kind: 'project',
    title: 'Identity verification provider not chosen before the renewal peak',
    description:
      'If the provider is not chosen by spring, renewals that need identity proofing keep going to a counter for another year.',
    rating: [2, 2],
    owner: null,
    mitigation:
      'Accepted: the counter route works meanwhile, and the shortlist is with procurement.',
    status: 'accepted',
    review: 45,
    raised: 90,
    changed: 47,
  },
]

/**
 * The demo office's risk register: every kind, every status, and high, medium and low
 * severities, several with their review overdue. Each is the risk that relationship would carry.
 */
export const risks: RiskSpec[] = [...agencyRisks, ...supplierRisks]
