import { isRiskRating, riskKinds, type RiskKind } from '../../../api/contract/risk-register.ts'
import { isRecord } from '../../app/local-cache.ts'
import { newId } from '../../local/new-id.ts'

export const checkinKinds = ['visit', 'call', 'meeting', 'forum', 'email', 'other'] as const
export type CheckinKind = (typeof checkinKinds)[number]
export const ownerSides = ['us', 'them', 'vendor'] as const
export type OwnerSide = (typeof ownerSides)[number]

/** One commitment row of the form, as typed. */
export interface CommitmentDraft {
  /** Stable across edits so React keeps focus in the right row. */
  key: string
  title: string
  side: OwnerSide
  /** 'YYYY-MM-DD' or ''. */
  due: string
}

/** An idea heard during the check-in, to become a value item of the relationship. */
export interface ValueIdeaDraft {
  key: string
  title: string
}

/** A decision taken at the meeting, as typed. */
export interface DecisionDraft {
  key: string
  title: string
  status: 'proposed' | 'decided'
}

/** A risk raised in the conversation, as typed; ratings 1–5, null until chosen. */
export interface RiskIdeaDraft {
  key: string
  title: string
  kind: RiskKind
  likelihood: number | null
  impact: number | null
}

/** Everything the quick check-in form holds; saved to IndexedDB as it is typed. */
export interface CheckinDraft {
  /** The check-in's id, fixed when typing starts, so saving twice cannot make two. */
  id: string
  accountId: string | null
  kind: CheckinKind
  attendeeIds: string[]
  /** Colleagues who were there (members' user ids). */
  colleagueIds: string[]
  pulse: number | null
  summary: string
  notes: string
  startDoing: string
  stopDoing: string
  continueDoing: string
  strategicInvite: boolean
  isPrivate: boolean
  commitments: CommitmentDraft[]
  valueIdeas: ValueIdeaDraft[]
  /** The forum whose meeting this is (kind `forum`). */
  forumId: string | null
  decisions: DecisionDraft[]
  risks: RiskIdeaDraft[]
  /** When it happened, as a `datetime-local` value ('YYYY-MM-DDTHH:mm', device time zone). */
  occurredAt: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A moment as a `datetime-local` input's value, in the device's time zone.
 *
 * @example
 * localDateTime(new Date(2026, 10, 27, 9, 5)) // '2026-11-27T09:05'
 */
export function localDateTime(when: Date): string {
  const date = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`
  return `${date}T${pad(when.getHours())}:${pad(when.getMinutes())}`
}

const localDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/**
 * A `datetime-local` value as a moment; null when it is not one.
 */
export function parseLocalDateTime(value: string): Date | null {
  if (!localDateTimePattern.test(value)) return null
  const when = new Date(value)
  return Number.isNaN(when.getTime()) ? null : when
}

/**
 * A blank check-in, begun now.
 */
export function emptyDraft(
  now: Date,
  accountId: string | null = null,
  forumId: string | null = null,
): CheckinDraft {
  return {
    id: newId(now.getTime()),
    accountId,
    kind: forumId ? 'forum' : 'visit',
    attendeeIds: [],
    colleagueIds: [],
    pulse: null,
    summary: '',
    notes: '',
    startDoing: '',
    stopDoing: '',
    continueDoing: '',
    strategicInvite: false,
    isPrivate: false,
    commitments: [],
    valueIdeas: [],
    forumId,
    decisions: [],
    risks: [],
    occurredAt: localDateTime(now),
  }
}

/**
 * Whether the person has typed or chosen anything worth keeping (a relationship alone is not).
 *
 * @example
 * hasContent(emptyDraft(new Date())) // false
 */
export function hasContent(draft: CheckinDraft): boolean {
  const texts = [draft.summary, draft.notes, draft.startDoing, draft.stopDoing, draft.continueDoing]
  return (
    texts.some((text) => text.trim() !== '') ||
    draft.pulse !== null ||
    draft.attendeeIds.length > 0 ||
    draft.colleagueIds.length > 0 ||
    draft.strategicInvite ||
    draft.isPrivate ||
    draft.commitments.some((row) => row.title.trim() !== '' || row.due !== '') ||
    draft.valueIdeas.some((row) => row.title.trim() !== '') ||
    draft.decisions.some((row) => row.title.trim() !== '') ||
    draft.risks.some((row) => row.title.trim() !== '')
  )
}

const str = (value: unknown) => (typeof value === 'string' ? value : '')

function parseCommitment(value: unknown, index: number): CommitmentDraft | null {
  if (!isRecord(value)) return null
  const side = ownerSides.find((s) => s === value.side) ?? 'us'
  return {
    key: str(value.key) || `restored-${index}`,
    title: str(value.title),
    side,
    due: str(value.due),
  }
}

const rating = (value: unknown) => (isRiskRating(value) ? value : null)

function parseDecision(value: unknown, index: number): DecisionDraft | null {
  if (!isRecord(value)) return null
  return {
    key: str(value.key) || `restored-decision-${index}`,
    title: str(value.title),
    status: value.status === 'decided' ? 'decided' : 'proposed',
  }
}

function parseRisk(value: unknown, index: number): RiskIdeaDraft | null {
  if (!isRecord(value)) return null
  return {
    key: str(value.key) || `restored-risk-${index}`,
    title: str(value.title),
    kind: riskKinds.find((k) => k === value.kind) ?? 'other',
    likelihood: rating(value.likelihood),
    impact: rating(value.impact),
  }
}

const rows = <T>(value: unknown, parse: (row: unknown, index: number) => T | null): T[] =>
  Array.isArray(value) ? value.flatMap((row, i) => parse(row, i) ?? []) : []

function parseValueIdea(value: unknown, index: number): ValueIdeaDraft | null {
  if (!isRecord(value)) return null
  return { key: str(value.key) || `restored-idea-${index}`, title: str(value.title) }
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []

/**
 * Reads a stored draft back, tolerating drafts saved by an older version of the form.
 */
export function parseDraft(value: unknown): CheckinDraft | null {
  if (!isRecord(value)) return null
  const pulse = value.pulse
  const base = emptyDraft(new Date())
  return {
    ...base,
    id: typeof value.id === 'string' && value.id !== '' ? value.id : base.id,
    accountId: typeof value.accountId === 'string' ? value.accountId : null,
    kind: checkinKinds.find((k) => k === value.kind) ?? 'visit',
    attendeeIds: ids(value.attendeeIds),
    colleagueIds: ids(value.colleagueIds),
    pulse: typeof pulse === 'number' && pulse >= 1 && pulse <= 5 ? Math.round(pulse) : null,
    summary: str(value.summary),
    notes: str(value.notes),
    startDoing: str(value.startDoing),
    stopDoing: str(value.stopDoing),
    continueDoing: str(value.continueDoing),
    strategicInvite: value.strategicInvite === true,
    isPrivate: value.isPrivate === true,
    commitments: rows(value.commitments, parseCommitment),
    valueIdeas: rows(value.valueIdeas, parseValueIdea),
    forumId: typeof value.forumId === 'string' ? value.forumId : null,
    decisions: rows(value.decisions, parseDecision),
    risks: rows(value.risks, parseRisk),
    occurredAt: parseLocalDateTime(str(value.occurredAt)) ? str(value.occurredAt) : base.occurredAt,
  }
}
