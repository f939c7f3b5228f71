import type { Random } from './random.ts'

/** Sentences a BRM manager might write after an engagement, by how it went. */
const warm = [
  'They asked us to stay involved as the roadmap firms up.',
  'Good energy: they framed the problem as an outcome, not a technology request.',
  'Leadership credited the office of the CIO for the last release going smoothly.',
  'We were asked for an early view on options before anything goes to procurement.',
  'Value realised so far is visible to their executives, which helps the next ask.',
  'They are open to co-designing the business case with us.',
]

const even = [
  'Agreed to revisit the demand pipeline at the next touchpoint.',
  'Useful, but mostly status; steer the next one towards priorities and outcomes.',
  'They want clearer governance on who decides between competing requests.',
  'Roadmap alignment is partial; their budget timeline runs ahead of ours.',
  'Fine on day-to-day service; little appetite yet for strategic conversations.',
  'Need to show value in their terms, not ours, before the next planning cycle.',
]

const cold = [
  'Frustration about turnaround on service requests came up again.',
  'They see us as an order taker; the conversation stayed on tickets and costs.',
  'Trust is thin after the missed dates; we need to deliver on what we promised.',
  'Vendor performance is colouring how they see the whole office of the CIO.',
  'They questioned the value of the shared services they are paying for.',
  'Escalation risk: expect this to reach the CIO if nothing moves soon.',
]

/**
 * A plausible note: the spec's own line (if any) and one or two stock sentences matching the
 * pulse, chosen by the seeded random source.
 *
 * @example
 * checkinNotes(random, 2, 'Backlog is rising.') // 'Backlog is rising. Trust is thin after …'
 */
export function checkinNotes(random: Random, pulse: number | null, own?: string): string {
  const pool = pulse === null || pulse === 3 ? even : pulse >= 4 ? warm : cold
  const picked = random.shuffle(pool).slice(0, random.int(1, 2))
  return [own, ...picked].filter(Boolean).join(' ')
}

const details = {
  us: [
    'Ours to deliver; report back at the next check-in.',
    'Owner on our side; share the outcome with their program lead.',
    'We committed to this in front of their leadership.',
  ],
  them: [
    'Theirs to deliver; we follow up if it slips.',
    'Asked of the agency; needed before we can move.',
  ],
  vendor: [
    "The vendor's commitment; track it against the contract outcomes.",
    'Owed by the vendor; raise at the next service review if late.',
  ],
}

/**
 * A one-line explanation for a commitment, by who owns it.
 *
 * @example
 * commitmentDetails(random, 'vendor') // 'Owed by the vendor; raise at the next service review if late.'
 */
export function commitmentDetails(random: Random, side: 'us' | 'them' | 'vendor'): string {
  return random.pick(details[side])
}
