import { valueStagePath, type ValueStage } from '../../../api/contract/value-register.ts'
import { stageLabels } from './value-format.ts'

/**
 * The way from idea to realised, each stage one tap away: the stages behind the current one
 * are marked passed, the current one is marked as the step it is on; stopping is one tap too,
 * and a stopped item restarts from whichever stage is tapped.
 */
export function StageTrack(props: {
  stage: ValueStage
  onMove: (stage: ValueStage) => void
  canWrite: boolean
}) {
  const current = valueStagePath.indexOf(props.stage)
  return (
    <>
      <ol className="stage-track" aria-label="Stages">
        {valueStagePath.map((stage, index) => {
          const state = index < current ? 'passed' : index === current ? 'current' : 'ahead'
          return (
            <li key={stage} className={`stage-step stage-step-${state}`}>
              <button
                type="button"
                className="stage-step-button"
                aria-current={state === 'current' ? 'step' : undefined}
                disabled={!props.canWrite || state === 'current'}
                onClick={() => props.onMove(stage)}
              >
                <span className="stage-step-mark" aria-hidden="true" />
                {state !== 'current' && (
                  <span className="visually-hidden">
                    {state === 'passed' ? 'Move back to ' : 'Move to '}
                  </span>
                )}
                <span className="stage-step-label">{stageLabels[stage]}</span>
              </button>
            </li>
          )
        })}
      </ol>
      {props.stage === 'stopped' ? (
        <p className="field-hint">Stopped. Tap a stage above to take it up again.</p>
      ) : (
        props.canWrite && (
          <button
            type="button"
            className="button button-danger"
            onClick={() => props.onMove('stopped')}
          >
            Stop this item
          </button>
        )
      )}
    </>
  )
}
