import type { AccountDecisionSpec, DecisionSpec } from './specs.ts'

/**
 * The decisions of each forum's meetings: `forumDecisions[forum][i]` were taken at meeting `i`
 * of that forum's spec (forums.ts), on the meeting's day.
 */
export const forumDecisions: Record<string, DecisionSpec[][]> = {
  council: [
    [
      {
        title: 'Rank cross-agency demand by outcome, not by order of request',
        rationale:
          'Requests that name a citizen or business outcome and a measure go to the top of the portfolio; the MSI scores each one before the council meets.',
        status: 'decided',
      },
      {
        title: 'Fund phase one of the benefits front door',
        rationale:
          'Highest outcome score in the portfolio: 41% of applicants need a second visit today. Tessellate delivers under the MSI contract and brings each phase gate back to the council.',
        status: 'decided',
        account: 'dhhs',
      },
      {
        title: "Bring DLW's claims data onto the shared analytics platform",
        rationale:
          "Tabled by the BRM lead. DLW's CIO wants the claims backlog cleared first; back at the next council with a workforce data-sharing charter.",
        status: 'proposed',
        account: 'dlw',
      },
    ],
    [
      {
        title: 'Write the hosting renewal around minutes to fail over',
        rationale:
          "OEM's failover tests show the outcome that matters. The renewal pays on failover time and consumption against forecast, not on servers provisioned.",
        status: 'decided',
        account: 'bellweather',
      },
      {
        title: 'Sablewood responds within 30 minutes, with service credits after two misses',
        rationale:
          'Two high-severity incidents waited more than an hour for a response. Credits give the target teeth without reopening the contract.',
        status: 'decided',
        account: 'sablewood',
      },
    ],
    [
      {
        title: 'Cloud first for new agency systems',
        rationale:
          'New systems go to the state cloud unless the agency shows a reason in law or cost; the annual technology plan assumes it from this budget cycle.',
        status: 'decided',
      },
      {
        title: 'Keep DOC body-worn camera footage on premises',
        rationale:
          "DOC's IT Director wants footage inside the facilities network. Approved on the condition it is costed against state cloud storage before any build.",
        status: 'reversed',
        account: 'doc',
      },
    ],
    [
      {
        title: 'Renew the council charter with the MSI as co-chair',
        rationale:
          "Tessellate sees every supplier's service levels, so the council works from one picture. The MSI does not vote on its own contract.",
        status: 'decided',
        account: 'tessellate',
      },
      {
        title: 'Score every supplier against its contract outcomes each quarter',
        rationale:
          'Outcomes weigh double in the grade: the council judges suppliers on what agencies and residents get, not on schedule alone.',
        status: 'decided',
      },
    ],
  ],
  'working-group': [
    [
      {
        title: 'One identity provider for every resident-facing agency app',
        rationale:
          'DMV, DHHS and DVS each asked for identity verification this year. One provider means residents prove who they are once, and one contract to manage.',
        status: 'decided',
      },
      {
        title: 'Retire agency-run password resets once single sign-on is live',
        rationale:
          'Would take a third of service desk calls away; waits on the identity provider contract and a date from each agency.',
        status: 'proposed',
      },
    ],
    [
      {
        title: 'Adopt the service-integration RACI for every supplier handoff',
        rationale:
          'Handoff disputes between suppliers were the top complaint at the service desk. The RACI names who owns each step; the MSI publishes it to agencies.',
        status: 'decided',
        account: 'tessellate',
      },
      {
        title: 'Give county IT directors a standing seat at the Working Group',
        rationale:
          'Counties share our network and our SOC; their directors hear about changes late. Proposed by the Association; agency CIOs to confirm at the next session.',
        status: 'proposed',
        account: 'counties',
      },
    ],
    [
      {
        title: 'Privacy officers join data-sharing designs from the first sketch',
        rationale:
          'Privacy concerns found at the end of a design cost the pilot; found at the start they cost a meeting. Asked for by the DHHS Privacy Officer.',
        status: 'decided',
        account: 'dhhs',
      },
    ],
    [
      {
        title: 'Freeze network changes during the tax filing and school enrolment peaks',
        rationale:
          'Two outages last year landed in peak weeks. The change calendar now blocks those weeks for every agency and supplier.',
        status: 'decided',
      },
    ],
  ],
  'vendor-review': [
    [
      {
        title: 'Draft a cure notice for Copperline on the ERP upgrade',
        rationale:
          'Third missed milestone and no revised schedule. The cure notice puts dates and consequences in writing; procurement reviews the draft before it goes.',
        status: 'decided',
        account: 'copperline',
      },
      {
        title: "Tie Sablewood's renewal to median time to respond",
        rationale:
          'Tickets closed says little about security. Proposed for the renewal terms; Sablewood to bring six months of response data first.',
        status: 'proposed',
        account: 'sablewood',
      },
    ],
    [
      {
        title: "Apply Ironbark's service credits for the missed migration dates",
        rationale:
          "Ironbark missed both recovery dates it set itself; the corridor sensors are still on cellular. Credits apply from this month's invoice.",
        status: 'decided',
        account: 'ironbark',
        reverses: "Waive Ironbark's service credits while it recovers the migration schedule",
      },
      {
        title: 'Quillfeather names a second delivery team for DOR',
        rationale:
          'The DOR e-file work is stretched while DMV and DVS run in parallel. A named second team before phase two, or DOR work moves to the next contract call-off.',
        status: 'decided',
        account: 'quillfeather',
      },
    ],
    [
      {
        title: 'Bellweather reports consumption against forecast every month',
        rationale:
          'The reserved-capacity surprises came from reading the invoice after the fact. A monthly report lets the agencies act before the bill.',
        status: 'decided',
        account: 'bellweather',
      },
    ],
    [
      {
        title: "Waive Ironbark's service credits while it recovers the migration schedule",
        rationale:
          'Ironbark committed to a recovery plan with two dates; credits would slow the invoice dispute and not the circuits.',
        status: 'reversed',
        account: 'ironbark',
      },
      {
        title: 'Every supplier brings its open scorecard actions to this review',
        rationale:
          'Scorecards said the same things quarter after quarter. Each supplier now reports progress on its actions before the next card is written.',
        status: 'decided',
      },
    ],
  ],
}

/** Decisions taken with one relationship, outside any forum. */
export const accountDecisions: AccountDecisionSpec[] = [
  {
    account: 'doc',
    ago: 96,
    title: 'Stop the on-premises footage storage build until the outage is fixed',
    rationale:
      'The offender management outage takes every DOC technologist for the rest of the year. Storage to be costed against the state cloud again next year.',
    status: 'decided',
    reverses: 'Keep DOC body-worn camera footage on premises',
  },
  {
    account: 'dor',
    ago: 17,
    title: 'Phase two of the tax platform waits for a clean business-tax data rehearsal',
    rationale:
      'Phase one cut-over held; business-tax data migration is the next risk. No phase two date until a dress rehearsal reconciles to the penny.',
    status: 'decided',
  },
  {
    account: 'oem',
    ago: 38,
    title: 'Run the annual disaster-recovery exercise on the cloud standby',
    rationale:
      'Alerts went out in 7 minutes from the standby. Exercising it every year keeps that true, with every agency watching.',
    status: 'decided',
  },
  {
    account: 'dlw',
    ago: 62,
    title: 'Pay Copperline on first payments made on time, not on releases',
    rationale:
      "Raised at the UI modernisation steering group. Needs a contract amendment and the Commissioner's agreement before it goes to Copperline.",
    status: 'proposed',
  },
]
