import { useMemo } from 'react'
import { decisionStatuses, type DecisionStatus } from '../../../api/contract/governance.ts'
import { Link } from '../../app/link.tsx'
import { useNow } from '../../app/use-now.ts'
import { useQueryParam } from '../../app/use-query-param.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { foldText, matchesAll, queryTerms } from '../search/fold-text.ts'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { DecisionList } from './decision-list.tsx'
import { decisionStatusLabels } from './governance-text.ts'
import { useDecisionLog } from './use-decisions.ts'

const statusChoices = [
  { value: '', label: 'All' },
  ...decisionStatuses.map((value) => ({ value, label: decisionStatusLabels[value] })),
]

/**
 * The decision log across forums and relationships, offline: proposed, decided and reversed,
 * newest first, narrowed by status and by words (kept in the address).
 */
export function DecisionLogScreen() {
  const now = useNow(60_000)
  const log = useDecisionLog()
  const [status, setStatus] = useQueryParam('status')
  const [words, setWords] = useQueryParam('q')
  const shown = useMemo(() => {
    const terms = queryTerms(words)
    return (log?.decisions ?? []).filter(
      (d) =>
        (!status || d.status === (status as DecisionStatus)) &&
        (terms.length === 0 ||
          matchesAll(
            foldText(`${d.title}\n${d.rationale ?? ''}\n${log?.placeOf(d) ?? ''}`),
            terms,
          )),
    )
  }, [log, status, words])
  return (
    <Screen title="Decision log">
      <p className="screen-subtitle">
        <Link href="/forums">Forums</Link>
      </p>
      {!log ? (
        <p className="loading-note">Loading…</p>
      ) : log.decisions.length === 0 ? (
        <EmptyState title="No decisions recorded">
          Decisions taken at forum meetings and with relationships appear here, with why.
        </EmptyState>
      ) : (
        <>
          <ChoiceGroup
            legend="Status"
            options={statusChoices}
            value={status}
            onChange={setStatus}
            columns={4}
          />
          <TextField
            id="decision-filter"
            label="Words"
            type="search"
            value={words}
            onChange={setWords}
            placeholder="Portal, budget, Tessellate…"
          />
          <section className="panel" aria-labelledby="decision-log-title">
            <h2 id="decision-log-title" className="panel-title">
              {status ? decisionStatusLabels[status as DecisionStatus] : 'Every decision'}{' '}
              <span className="count">({shown.length})</span>
            </h2>
            {shown.length === 0 ? (
              <p className="field-hint">Nothing matches.</p>
            ) : (
              <DecisionList decisions={shown} placeOf={log.placeOf} now={now} />
            )}
          </section>
        </>
      )}
    </Screen>
  )
}
