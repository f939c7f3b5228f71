import { useNow } from '../../app/use-now.ts'
import { useQueryParam } from '../../app/use-query-param.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { Screen } from '../../ui/screen.tsx'
import { useCanWrite } from '../../app/shell/signed-in.tsx'
import { ValueTabs } from '../value/value-tabs.tsx'
import { themeWindowDays } from './recurring-themes.ts'
import { AgencyList, VendorList } from './supplier-lists.tsx'
import { ThemeList } from './theme-list.tsx'
import { useCrossAgency } from './use-cross-agency.ts'

const views = [
  { value: 'vendors', label: 'By vendor' },
  { value: 'agencies', label: 'By agency' },
] as const

/**
 * Across agencies, offline: which vendors serve which agencies (by value items, scorecards and
 * forums) with the latest grades, by vendor or by agency, then the themes that recur across
 * agencies — every entry opening onto the rows behind it.
 */
export function CrossAgencyScreen() {
  const now = useNow(60_000)
  const canWrite = useCanWrite()
  const view = useCrossAgency(now)
  const [shown, setShown] = useQueryParam('by')
  const by = shown === 'agencies' ? 'agencies' : 'vendors'
  return (
    <Screen title="Across agencies">
      <ValueTabs current="/value/across-agencies" />
      {!view ? (
        <p className="loading-note">Loading…</p>
      ) : (
        <>
          <ChoiceGroup
            legend="Vendors and the agencies they serve"
            options={views}
            value={by}
            onChange={setShown}
            columns={2}
          />
          {by === 'vendors' ? (
            <VendorList entries={view.byVendor} rows={view.rows} canWrite={canWrite} />
          ) : (
            <AgencyList entries={view.byAgency} rows={view.rows} canWrite={canWrite} />
          )}
          <section className="panel" aria-labelledby="themes-title">
            <h2 id="themes-title" className="panel-title">
              Themes across agencies
            </h2>
            <p className="field-hint">
              Words and phrases from start / stop / continue and value items of the last{' '}
              {themeWindowDays} days, raised by more than one agency.
            </p>
            <ThemeList themes={view.themes} rows={view.rows} now={now} />
          </section>
        </>
      )}
    </Screen>
  )
}
