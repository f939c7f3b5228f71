import { visit as v, type VisitSpec } from './specs.ts'

/**
 * The check-ins of each demo relationship. Each account is written towards one trust band at
 * the anchor (strong: recent, warm, a seat at the table; at risk: silence, cold pulses, broken
 * promises); demo-data.test.ts proves the bands with PRODUCT.md's formula.
 */
export const visits: Record<string, VisitSpec[]> = {
  dor: [
    v(5, 'visit', 5, [0, 1, 3], 'Invited to the tax modernisation strategy offsite', {
      invite: true,
      colleagues: ['lead'],
      note: 'The Commissioner wants the office of the CIO at the table when phase two is scoped.',
    }),
    v(17, 'meeting', 4, [1, 3], 'Tax system modernisation roadmap review', {
      note: 'Phase one cut-over held; data migration for business taxes is the next risk.',
      ssc: [
        'Monthly cloud costs by workload for the cloud tax platform',
        'Finding out about cloud costs from the invoice',
        'Phase gates with the program manager',
      ],
    }),
    v(33, 'call', 4, [1], 'Demand intake for refund-fraud analytics'),
    v(52, 'visit', 5, [0, 1, 2], 'Quarterly relationship review with the Commissioner', {
      ssc: [
        'Share the enterprise architecture roadmap before their budget cycle',
        'Sending status reports nobody reads',
        'Monthly working sessions with the program manager',
      ],
    }),
    v(120, 'meeting', 4, [1, 4], 'Budget request alignment for the cloud tax platform', {
      by: 'lead',
    }),
  ],
  dhhs: [
    v(3, 'visit', 4, [1, 2], 'Eligibility front-door design checkpoint', {
      colleagues: ['manager2'],
      ssc: [
        'Identity verification once for Medicaid, SNAP and child care, with single sign-on',
        'Asking families for the same documents three times',
        'Design checkpoints with caseworkers in the room',
      ],
    }),
    v(12, 'call', null, [1], "Candid read on the CIO's position after the reorganisation", {
      private: true,
      note: 'Kept private: the CIO may move to the new data office; line up a successor contact.',
    }),
    v(26, 'meeting', 5, [0, 1, 3], "Invited to the Deputy Secretary's strategic planning session", {
      invite: true,
    }),
    v(45, 'visit', 4, [2, 4], 'Privacy concerns on cross-program data sharing', {
      by: 'manager2',
      note: 'The Privacy Officer wants a data-sharing governance model before any pilot starts.',
      ssc: [
        'Agree data-sharing rules before the shared analytics platform pilot',
        'Copying case extracts into spreadsheets to share them',
        'Bringing the Privacy Officer in from the first sketch',
      ],
    }),
    v(100, 'meeting', 3, [3], 'Child welfare case management: options and demand shaping'),
  ],
  dot: [
    v(8, 'visit', 5, [1, 2], 'Connected-corridor pilot results walk-through', {
      ssc: [
        'Outcome-based contracts for the corridor sensors: pay per sensor reporting',
        'Paying for installs rather than for data delivered',
        'Pilot walk-throughs with the engineers',
      ],
    }),
    v(20, 'meeting', 4, [0, 1], 'Invited to the capital program technology planning board', {
      invite: true,
    }),
    v(66, 'visit', 4, [1, 3], 'Fleet telematics: data-sharing agreement and next steps', {
      ssc: [
        "Bring DOT's fleet data into the shared analytics platform early",
        'Routing every data request through the ticket queue',
        'Joint pilots with clear outcome measures',
      ],
    }),
    v(150, 'call', 3, [1], 'Introductory call on digital project delivery', { by: 'manager' }),
  ],
  oem: [
    v(10, 'visit', 5, [0, 1, 2], 'Invited to the statewide continuity-of-operations review', {
      invite: true,
    }),
    v(38, 'meeting', 4, [1, 2], 'Mass-notification failover test debrief', {
      ssc: [
        'Outcome-based contracts: write the hosting renewal around minutes to fail over',
        'Guessing the cloud costs of the recovery site at year end',
        'The failover test with every agency watching',
      ],
    }),
    v(130, 'call', 4, [0], 'Planning the annual cloud disaster-recovery exercise'),
  ],
  tessellate: [
    v(4, 'meeting', 4, [0, 1], 'Quarterly business review: service-level outcomes', {
      invite: true,
      note: 'They asked us onto their public-sector product advisory board.',
      ssc: [
        'Report outcomes by agency, not by ticket count',
        'Escalating handoff disputes by email',
        'The monthly service integration review',
      ],
    }),
    v(18, 'call', 4, [1, 3], 'Service desk handoffs between suppliers'),
    v(60, 'meeting', 5, [1, 2], 'Service integration RACI workshop'),
    v(96, 'call', 3, [0], 'Escalation on the storage incident post-mortem'),
  ],
  riverbend: [
    v(15, 'meeting', 5, [0, 1, 2], "Invited to shape the institute's research agenda", {
      invite: true,
    }),
    v(48, 'visit', 4, [1], 'Capstone projects: matching students to agency problems'),
    v(110, 'call', 4, [0, 2], 'Workforce analytics study: data needs'),
  ],
  dmv: [
    v(22, 'call', 3, [1], 'Wait-time dashboard prototype feedback'),
    v(47, 'visit', 4, [0, 2], 'Field office visit: identity proofing and queue flow', {
      ssc: [
        'Remote identity verification so most renewals never need a counter',
        'Forms that fail accessibility checks on a phone',
        'Field visits with the operations team',
      ],
    }),
    v(130, 'meeting', 4, [0, 1], 'Online renewal results and the next demand'),
  ],
  doe: [
    v(12, 'visit', 4, [1, 3], 'Student data privacy: impact assessment walkthrough', {
      ssc: [
        'Cybersecurity training for district technology staff, next to the privacy toolkit',
        'Each district writing its own data agreement',
        'Impact assessments before any new app reaches a classroom',
      ],
    }),
    v(40, 'call', 3, [2], 'Broadband grant reporting requirements'),
    v(77, 'meeting', 3, [0, 1], "Invited to the Deputy Superintendent's planning retreat", {
      invite: true,
    }),
  ],
  sp: [
    v(41, 'visit', 3, [0, 2], 'E-citation rollout: records workflow', {
      ssc: [
        "Troopers' feedback in every e-citation release",
        'Keying citations twice into the records system',
        'Ride-alongs with the records team',
      ],
    }),
    v(70, 'call', 3, [1], 'CJIS audit findings follow-up', {
      ssc: [
        'Cybersecurity training for records staff, tied to the CJIS findings',
        'Closing audit findings on paper only',
        'Quarterly reviews with the Information Security Officer',
      ],
    }),
    v(120, 'meeting', 4, [0, 1], 'Annual technology priorities'),
  ],
  ag: [
    v(55, 'visit', 4, [0, 1], 'Mobile inspection app: field feedback', {
      ssc: [
        'Accessibility in the field: larger text and high contrast in sunlight',
        'Syncing inspections only back at the office',
        'Testing with inspectors before each release',
      ],
    }),
    v(160, 'call', 3, [1], 'License renewal volumes and options'),
  ],
  dvs: [
    v(30, 'call', 4, [1], 'Claims portal accessibility audit', {
      ssc: [
        'Fix the accessibility failures before adding features',
        'Repeating identity verification for each program a veteran uses',
        'Usability testing with veterans who use assistive technology',
      ],
    }),
    v(100, 'visit', 4, [0, 2], 'Introductory visit: warm handoffs to benefits programs'),
  ],
  bellweather: [
    v(18, 'meeting', 3, [0, 1], 'Hosting renewal: outcome measures'),
    v(50, 'call', 3, [2], 'Billing questions on reserved capacity', {
      by: 'manager2',
      ssc: [
        'Show consumption against the forecast each month',
        'Surprise charges on reserved capacity',
        'Quick turnaround on architecture questions',
      ],
    }),
    v(150, 'meeting', 2, [0], 'Storage outage review'),
  ],
  quillfeather: [
    v(35, 'meeting', 4, [1], 'Usability findings for the DMV renewal portal'),
    v(120, 'call', 4, [0], 'Digital services contract: pipeline of agency work'),
  ],
  sablewood: [
    v(28, 'call', 3, [1], 'Phishing incident response timeline'),
    v(45, 'call', null, [1], 'Sounding out the SOC manager on staff turnover', { private: true }),
    v(64, 'meeting', 3, [0, 1], 'SOC onboarding for the remaining agencies'),
    v(140, 'meeting', 2, [0], 'Response-time target missed: service credits'),
  ],
  counties: [
    v(20, 'meeting', 4, [0, 1, 2], 'County broadband survey: towards a shared map'),
    v(75, 'visit', 3, [1], 'Cross-jurisdiction cybersecurity program', { by: 'manager2' }),
  ],
  doc: [
    v(70, 'email', 2, [1], 'IT Director declined the quarterly roadmap review', {
      note: 'Reason given: no capacity until the outage work is finished.',
    }),
    v(96, 'visit', 2, [0, 1], 'Offender management outage: stabilisation plan'),
    v(150, 'call', 3, [1], 'Facility network refresh scope', {
      ssc: [
        'Cybersecurity training for facility staff before the new network goes live',
        'Shared passwords on facility workstations',
        'Straight talk on scope with the IT Director',
      ],
    }),
  ],
  dlw: [
    v(48, 'call', 2, [1], 'Claims backlog escalation', {
      note: 'Backlog is back above the federal timeliness threshold; the Director blames the platform.',
    }),
    v(55, 'other', null, [2], 'Tension between the Commissioner and the agency CIO', {
      private: true,
    }),
    v(62, 'meeting', 3, [0, 3], 'UI modernisation steering group', {
      ssc: [
        'Outcome-based contracts: pay on first payments made on time, not on releases',
        'Keeping claims data out of the shared analytics platform',
        "The steering group's candour about the backlog",
      ],
    }),
    v(100, 'visit', 4, [0, 1, 3], "Invited to the Commissioner's workforce strategy session", {
      invite: true,
    }),
  ],
  dnr: [
    v(150, 'visit', 2, [0, 1], 'GIS licensing: consolidation options', {
      ssc: [
        'Cloud costs and GIS licences in one view, so savings show',
        'Renewing licences nobody opened this year',
        'Working through the options with the GIS Coordinator',
      ],
    }),
    v(172, 'call', 3, [1], 'Permit system intake'),
  ],
  copperline: [
    v(25, 'meeting', 2, [0, 1], 'ERP upgrade recovery: another missed milestone', {
      ssc: [
        'A weekly recovery stand-up with named owners',
        'Promising dates before the test results are in',
        'Candid risk reporting to the steering group',
      ],
    }),
    v(58, 'call', 2, [1], 'Payroll interface failures'),
    v(84, 'meeting', 3, [0, 2], 'UI claims platform release planning', { by: 'manager2' }),
  ],
  ironbark: [
    v(105, 'meeting', 3, [0, 1], 'WAN refresh schedule and circuit migration', { by: 'lead' }),
    v(160, 'call', 2, [0], 'Invoice dispute on circuit migration', { by: 'lead' }),
  ],
}
