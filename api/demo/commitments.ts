import type { CommitmentSpec } from './specs.ts'

type Row = [string, string, CommitmentSpec['side'], number, CommitmentSpec['status'], number?]

/**
 * The commitment ledger: [account, title, side, due, status, done]. `due` and `done` are days
 * from the anchor's day; done two or more days after due counts as late in the trust index.
 */
const rows: Row[] = [
  ['dor', 'Share the tax system cloud-readiness assessment', 'us', -40, 'done', -42],
  ['dor', "Bring the MSI onboarding plan to DOR's steering group", 'us', -20, 'done', -19],
  ['dor', 'Draft value-realisation metrics for e-file adoption', 'us', -8, 'done', -8],
  ['dor', 'Confirm business owners for the refund-fraud pilot', 'them', 10, 'open'],
  ['dhhs', 'Circulate the eligibility system roadmap draft', 'us', -30, 'done', -29],
  ['dhhs', 'Schedule a demand-shaping workshop with program directors', 'us', -15, 'done', -12],
  ['dhhs', 'Send vendor options for child welfare case management', 'us', -5, 'done', -6],
  ['dhhs', 'Nominate a product owner for the benefits portal', 'them', -3, 'open'],
  ['dot', 'Report back on the fleet telematics data-sharing agreement', 'us', -25, 'done', -26],
  ['dot', 'Book the connected-corridor roadmap session with the CIO', 'us', -6, 'done', -7],
  ['oem', 'Test mass-notification failover with the network team', 'us', -35, 'done', -36],
  ['oem', 'Add OEM to the cloud disaster-recovery exercise', 'us', 20, 'open'],
  ['tessellate', 'Publish the service-integration RACI to agencies', 'us', -18, 'done', -19],
  ['tessellate', 'Deliver the quarterly service-level outcome report', 'vendor', -4, 'done', -5],
  ['tessellate', 'Propose a fix for incident handoffs at the service desk', 'vendor', 9, 'open'],
  ['riverbend', 'Share the capstone project shortlist', 'them', 21, 'open'],
  ['dmv', 'Confirm the identity-verification shortlist with procurement', 'us', -50, 'done', -51],
  ['dmv', 'Share the wait-time dashboard prototype', 'us', -20, 'done', -14],
  ['dmv', 'Share the appointment capacity analysis', 'us', -10, 'done', -11],
  ['doe', 'Share the student data privacy impact template', 'us', -45, 'done', -38],
  ['doe', 'Connect DOE with DHHS on the early-childhood data link', 'us', -22, 'done', -23],
  ['doe', 'Follow up on broadband grant reporting requirements', 'us', -4, 'open'],
  ['sp', 'Review CJIS findings with the state security office', 'us', -30, 'done', -31],
  ['ag', 'Explore low-code options for license renewals', 'us', 40, 'open'],
  ['dvs', 'Introduce DVS to the benefits portal team at DHHS', 'us', -26, 'done', -27],
  ['dvs', 'Send the accessibility audit summary for the claims portal', 'us', -12, 'done', -5],
  ['bellweather', 'Share agency consumption forecasts for the renewal', 'us', -35, 'done', -36],
  ['bellweather', 'Agree outcome measures for the hosting renewal', 'us', -7, 'done', -8],
  ['quillfeather', 'Submit usability test findings for the DMV portal', 'vendor', -9, 'done', -10],
  ['sablewood', 'Give Sablewood the agency asset inventory for onboarding', 'us', -20, 'done', -21],
  ['sablewood', 'Explain the missed response time on the phishing incident', 'vendor', -6, 'open'],
  ['counties', 'Circulate the county broadband survey results', 'them', -14, 'done', -16],
  ['counties', 'Invite county IT directors to the Agency CIO Working Group', 'us', 8, 'open'],
  ['doc', 'Send the offender management stabilisation plan', 'us', -60, 'done', -48],
  ['doc', 'Escalate the facility network outage root-cause report', 'us', -35, 'open'],
  ['doc', 'Set up a quarterly roadmap review with the Deputy Commissioner', 'us', -14, 'open'],
  ['doc', 'Confirm funding for body-worn camera storage', 'them', -20, 'open'],
  ['dlw', 'Return the UI modernisation risk review', 'us', -40, 'done', -41],
  ['dlw', 'Bring Copperline to the claims backlog session', 'us', -25, 'done', -18],
  ['dlw', 'Draft the workforce data-sharing governance charter', 'us', -9, 'open'],
  ['dnr', 'Send the GIS licensing consolidation options', 'us', -70, 'open'],
  ['dnr', 'Propose a site visit to the field offices', 'us', -100, 'dropped'],
  ['copperline', 'Document ERP defect priorities from the agencies', 'us', -50, 'done', -40],
  ['copperline', 'Convene the ERP recovery meeting with DLW and DOR', 'us', -20, 'open'],
  ['copperline', 'Send the draft cure notice to procurement', 'us', -5, 'open'],
  ['copperline', 'Deliver the revised ERP upgrade schedule', 'vendor', -15, 'open'],
  ['ironbark', 'Review the circuit migration invoice dispute', 'us', -60, 'open'],
  ['ironbark', 'Send the WAN refresh bill of materials', 'vendor', -30, 'done', -20],
]

/** Every other commitment is tied to the check-in it came out of. */
export const commitments: CommitmentSpec[] = rows.map(
  ([account, title, side, due, status, done], index) => ({
    account,
    title,
    side,
    due,
    status,
    ...(done === undefined ? {} : { done }),
    link: index % 2 === 0,
  }),
)
