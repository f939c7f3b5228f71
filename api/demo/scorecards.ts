import type { ScorecardSpec } from './specs.ts'

/**
 * A year of vendor scorecards (the last four finished quarters), written the way a BRM manager
 * would after each quarterly review. Each vendor tells a story: Tessellate steady and high,
 * Copperline sliding, Ironbark climbing out of a bad start, Bellweather and Sablewood middling
 * with a turn for the better, Quillfeather strong for DMV and stretched for DOR. Ironbark's
 * innovation is left unrated while it only moves circuits, so its weights renormalise.
 */
export const scorecards: ScorecardSpec[] = [
  {
    vendor: 'tessellate',
    quarter: -4,
    ratings: [5, 4, 5, 4, 4],
    comments:
      'Now reports outcomes by agency, not ticket counts. Ran the cross-supplier RACI well.',
  },
  {
    vendor: 'tessellate',
    quarter: -3,
    ratings: [4, 5, 4, 4, 5],
    comments:
      'Owned the storage incident across suppliers; the post-mortem came late but was honest.',
  },
  {
    vendor: 'tessellate',
    quarter: -2,
    ratings: [5, 5, 4, 4, 5],
    comments:
      'Service desk handoffs settled. Co-chairing the council without steering it to sales.',
  },
  {
    vendor: 'tessellate',
    quarter: -1,
    ratings: [5, 4, 5, 5, 4],
    comments:
      'Brought the front-door design to DHHS with the outcome measures already agreed. Keep it up.',
  },
  {
    vendor: 'bellweather',
    agency: 'oem',
    quarter: -4,
    ratings: [4, 3, 3, 3, 4],
    comments: 'Hosting reliable. Billing surprises on reserved capacity still cost goodwill.',
  },
  {
    vendor: 'bellweather',
    agency: 'oem',
    quarter: -3,
    ratings: [3, 3, 3, 4, 4],
    comments: 'Storage outage review was defensive. The cloud standby proposal was a good idea.',
  },
  {
    vendor: 'bellweather',
    agency: 'oem',
    quarter: -2,
    ratings: [4, 4, 3, 4, 4],
    comments: 'Failover tests getting faster each time. Consumption reports now arrive monthly.',
  },
  {
    vendor: 'bellweather',
    agency: 'oem',
    quarter: -1,
    ratings: [4, 4, 4, 3, 4],
    comments:
      'Failover now well inside the target. The renewal should be written around that outcome.',
  },
  {
    vendor: 'copperline',
    agency: 'dlw',
    quarter: -4,
    ratings: [3, 4, 3, 3, 3],
    comments: 'Claims rebuild started on time. Risk reporting thin; asked for named owners.',
  },
  {
    vendor: 'copperline',
    agency: 'dlw',
    quarter: -3,
    ratings: [3, 3, 3, 3, 3],
    comments: 'First release shipped, but first payments on time barely moved.',
  },
  {
    vendor: 'copperline',
    agency: 'dlw',
    quarter: -2,
    ratings: [2, 3, 3, null, 2],
    comments:
      'ERP upgrade milestone missed and timeliness slipping. Innovation not rated: no room for it.',
  },
  {
    vendor: 'copperline',
    agency: 'dlw',
    quarter: -1,
    ratings: [1, 2, 2, 2, 1],
    comments:
      'Another missed milestone; first payments below the baseline. Risk reporting late and optimistic. Escalated.',
  },
  {
    vendor: 'quillfeather',
    agency: 'dmv',
    quarter: -4,
    ratings: [5, 4, 4, 5, 4],
    comments: 'Renewal portal well designed and launched quietly; adoption climbing every month.',
  },
  {
    vendor: 'quillfeather',
    agency: 'dmv',
    quarter: -3,
    ratings: [5, 4, 5, 4, 4],
    comments: 'Renewals online ahead of target. Good usability research behind it.',
  },
  {
    vendor: 'quillfeather',
    agency: 'dmv',
    quarter: -2,
    ratings: [4, 3, 4, 4, 4],
    comments: 'Slower to respond while the team was on the DOR e-file work.',
  },
  {
    vendor: 'quillfeather',
    agency: 'dmv',
    quarter: -1,
    ratings: [5, 4, 4, 5, 5],
    comments: 'Usability findings for the renewal portal were the best research we have had.',
  },
  {
    vendor: 'quillfeather',
    agency: 'dor',
    quarter: -4,
    ratings: [4, 4, 4, null, 4],
    comments: 'E-file discovery only; innovation not rated until they build something.',
  },
  {
    vendor: 'quillfeather',
    agency: 'dor',
    quarter: -3,
    ratings: [4, 3, 4, 4, 3],
    comments: 'Small team stretched across agencies; the e-file build slipped two weeks.',
  },
  {
    vendor: 'quillfeather',
    agency: 'dor',
    quarter: -2,
    ratings: [4, 4, 4, 4, 4],
    comments: 'E-filing up mid-season. Added a designer after we raised capacity.',
  },
  {
    vendor: 'quillfeather',
    agency: 'dor',
    quarter: -1,
    ratings: [5, 4, 4, 4, 4],
    comments: 'E-file pilot on track for the target. The Commissioner mentioned them by name.',
  },
  {
    vendor: 'ironbark',
    quarter: -4,
    ratings: [1, 2, 2, null, 1],
    comments: 'Circuit migration months behind plan and an invoice dispute unresolved.',
  },
  {
    vendor: 'ironbark',
    quarter: -3,
    ratings: [2, 3, 3, null, 2],
    comments: 'New project manager is responsive. Still behind; the invoice dispute drags on.',
  },
  {
    vendor: 'ironbark',
    quarter: -2,
    ratings: [3, 3, 3, null, 2],
    comments: 'Recovery plan holding. Fibre to the DOT corridor sensors started on schedule.',
  },
  {
    vendor: 'ironbark',
    quarter: -1,
    ratings: [3, 4, 3, 2, 3],
    comments:
      'Invoice dispute settled and sensors coming online. Rated innovation for the first time: little yet.',
  },
  {
    vendor: 'sablewood',
    quarter: -4,
    ratings: [3, 3, 4, 4, 3],
    comments: 'Good detection; onboarding the remaining agencies is slower than promised.',
  },
  {
    vendor: 'sablewood',
    quarter: -3,
    ratings: [2, 3, 3, 4, 2],
    comments: 'Response-time target missed twice; service credits claimed.',
  },
  {
    vendor: 'sablewood',
    quarter: -2,
    ratings: [3, 4, null, 4, 3],
    comments:
      'Phishing response faster. Collaboration not rated: the SOC manager left mid-quarter.',
  },
  {
    vendor: 'sablewood',
    quarter: -1,
    ratings: [4, 4, 4, 4, 3],
    comments: 'Counties joining the SOC and district training under way. Response times met.',
  },
]
