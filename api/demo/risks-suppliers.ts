import type { RiskSpec } from './specs.ts'

/** The risks the office carries on its vendors and partners. */
export const supplierRisks: RiskSpec[] = [
  {
    account: 'copperline',
    kind: 'contract',
    title: 'ERP support ends before the upgrade is live',
    description:
      'The ERP support contract ends next summer. At the current pace the upgrade will not be live, leaving payroll for every agency on an unsupported release.',
    rating: [4, 4],
    owner: 'lead',
    mitigation:
      'Price a one-year support extension now as a fallback; the cure notice sets the dates the upgrade must meet.',
    status: 'open',
    review: 7,
    raised: 58,
    changed: 12,
  },
  {
    account: 'ironbark',
    kind: 'contract',
    title: 'Disputed circuit migration invoices stay unpaid',
    description:
      'Invoices for the circuit migration are in dispute. Ironbark has hinted it will slow the WAN refresh until they are settled.',
    rating: [3, 2],
    owner: null,
    mitigation:
      'Settle the undisputed part; take the rest to procurement with the migration records.',
    status: 'open',
    review: -30,
    raised: 160,
    changed: 105,
  },
  {
    account: 'riverbend',
    value: 'Workforce analytics study',
    kind: 'intellectual_property',
    title: 'Unclear ownership of the workforce models the institute builds',
    description:
      'The research agreement is silent on who owns the models and code. The state could not run them once the study ends.',
    rating: [2, 3],
    owner: 'lead',
    mitigation:
      'Add a clause: the state gets a licence to use and change the models; the institute keeps the right to publish.',
    status: 'open',
    review: 30,
    raised: 48,
    changed: 15,
  },
  {
    account: 'bellweather',
    kind: 'contract',
    title: 'Hosting renewal signed without outcome measures',
    description:
      'The renewal draft paid for servers provisioned; nothing in it measured failover time or cost against forecast.',
    rating: [2, 4],
    owner: 'manager',
    mitigation: 'The council had the renewal rewritten around minutes to fail over.',
    status: 'closed',
    review: -15,
    raised: 150,
    changed: 18,
  },
  {
    account: 'counties',
    vendor: 'sablewood',
    value: 'State SOC coverage for counties',
    kind: 'investment',
    title: 'County SOC coverage rests on a grant that ends next year',
    description:
      'The state cybersecurity grant pays for county monitoring. When it ends, small counties cannot pay their share and drop off the SOC.',
    rating: [4, 4],
    owner: 'lead',
    mitigation:
      'A shared-cost model with the Association before the grant ends; ask the legislature for a recurring line.',
    status: 'open',
    review: 25,
    raised: 112,
    changed: 21,
  },
]
