import { valueStages, type ValueStage } from '../../../api/contract/value-register.ts'
import { percentText, stageLabels } from './value-format.ts'
import { ValueProgress } from './value-progress.tsx'
import type { ValueRollup } from './value-rollup.ts'

function measuredText(rollup: ValueRollup): string {
  if (rollup.measured === 0) {
    return 'No item here has a baseline, a target and a realised value yet, so none shows progress.'
  }
  const items = rollup.measured === 1 ? 'item' : 'items'
  const reached = rollup.onTarget === 1 ? 'has' : 'have'
  return `${rollup.measured} ${items} with numbers: ${rollup.onTarget} ${reached} reached the target, and on average they are ${percentText(rollup.meanProgress ?? 0)} of the way there.`
}

/**
 * The register's roll-up: a count per stage, each one a toggle that shows that stage only, and
 * how far the items with numbers have come from baseline to target.
 */
export function ValueRollupPanel(props: {
  title: string
  rollup: ValueRollup
  stage: ValueStage | null
  onStage: (stage: ValueStage | null) => void
}) {
  const { rollup, stage } = props
  return (
    <section className="panel" aria-labelledby="rollup-title">
      <h2 id="rollup-title" className="panel-title">
        {props.title} <span className="count">({rollup.total})</span>
      </h2>
      <ul className="stage-counts" aria-label="Items per stage">
        {valueStages.map((each) => (
          <li key={each}>
            <button
              type="button"
              className={`stage-count stage-count-${each}`}
              aria-pressed={stage === each}
              onClick={() => props.onStage(stage === each ? null : each)}
            >
              <span className="stage-count-number">{rollup.stageCounts[each]}</span>
              <span className="stage-count-label">{stageLabels[each]}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="field-hint">
        {stage ? `Showing ${stageLabels[stage]} only. ` : 'Tap a stage to show only its items. '}
        {measuredText(rollup)}
      </p>
      <ValueProgress progress={rollup.meanProgress} label="Average progress to target" />
    </section>
  )
}
