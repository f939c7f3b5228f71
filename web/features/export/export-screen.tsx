import { useMemo, useState } from 'react'
import { localDay } from '../commitments/commitment-filter.ts'
import { useQueryParam } from '../../app/use-query-param.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { Screen } from '../../ui/screen.tsx'
import { useSignedIn } from '../../app/shell/signed-in.tsx'
import { StatusMessage } from '../../ui/status-message.tsx'
import { toCsv } from './csv.ts'
import { datasets, exportFileName, exportTables, type ExportDataset } from './export-datasets.ts'
import { defaultRange, type ExportFilter } from './export-filter.ts'
import { ExportRow } from './export-row.tsx'
import { downloadText } from '../../app/download-text.ts'
import { useExportSource } from './use-export-source.ts'

type Whose = 'all' | 'mine'
const whoseChoices = [
  { value: 'all', label: 'Everyone’s' },
  { value: 'mine', label: 'Mine only' },
] as const

/**
 * Spreadsheets (CSV) of the device's check-ins, commitments, value, scorecards, risks and
 * decisions, for a date range, one relationship or all, mine or everyone's; read from the device
 * alone, so it works offline. The choices stay in the address.
 */
export function ExportScreen() {
  const { userId } = useSignedIn()
  const source = useExportSource(userId)
  const [today] = useState(() => new Date())
  const defaults = useMemo(() => defaultRange(today), [today])
  const [fromParam, setFrom] = useQueryParam('from')
  const [toParam, setTo] = useQueryParam('to')
  const [accountId, setAccountId] = useQueryParam('account')
  const [whoseParam, setWhose] = useQueryParam('whose')
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)
  const from = fromParam || defaults.from
  const to = toParam || defaults.to
  const whose: Whose = whoseParam === 'mine' ? 'mine' : 'all'
  const rangeError = from > to ? 'The first day is after the last.' : null

  const filter = useMemo<ExportFilter | null>(
    () =>
      source
        ? {
            userId,
            from,
            to,
            accountId: accountId || null,
            mineOnly: whose === 'mine',
            myAccountIds: source.myAccountIds,
          }
        : null,
    [source, userId, from, to, accountId, whose],
  )
  const tables = useMemo(
    () => (source && filter ? exportTables(source, filter) : null),
    [source, filter],
  )
  const accounts = useMemo(
    () =>
      (source?.accounts ?? [])
        .filter((a) => !a.deleted_at)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((a) => ({ value: a.id, label: a.name })),
    [source],
  )

  function download(dataset: ExportDataset) {
    if (!tables) return
    const fileName = exportFileName(dataset.slug, localDay(new Date()))
    downloadText(toCsv(tables[dataset.slug]), fileName, 'text/csv;charset=utf-8')
    setMessage((m) => ({ text: `Saved ${fileName}`, n: (m?.n ?? 0) + 1 }))
  }

  return (
    <Screen title="Export">
      <p className="screen-subtitle">
        Spreadsheets (CSV) from this device: they work offline and hold what has synced here.
      </p>
      <section className="panel" aria-labelledby="export-choice-title">
        <h2 id="export-choice-title" className="panel-title">
          What to include
        </h2>
        <div className="filter-row export-dates">
          <TextField
            id="export-from"
            label="From"
            type="date"
            value={from}
            max={to}
            error={rangeError}
            onChange={(value) => setFrom(value)}
          />
          <TextField
            id="export-to"
            label="To"
            type="date"
            value={to}
            min={from}
            onChange={(value) => setTo(value)}
          />
        </div>
        <SelectField
          id="export-account"
          label="Relationship"
          options={[{ value: '', label: 'All relationships' }, ...accounts]}
          value={accountId}
          onChange={setAccountId}
        />
        <ChoiceGroup
          legend="Whose"
          options={whoseChoices}
          value={whose}
          onChange={(value) => setWhose(value === 'mine' ? 'mine' : '')}
          columns={2}
          hint="Mine: check-ins I wrote, commitments and risks I own, the rest on my relationships."
        />
      </section>
      <StatusMessage message={message?.text ?? null} nonce={message?.n ?? 0} />
      <section className="panel" aria-labelledby="export-files-title">
        <h2 id="export-files-title" className="panel-title">
          Files
        </h2>
        {!tables ? (
          <p className="loading-note">Loading…</p>
        ) : (
          <ul className="export-list">
            {datasets.map((dataset) => (
              <ExportRow
                key={dataset.slug}
                dataset={dataset}
                rows={tables[dataset.slug].rows.length}
                onDownload={() => download(dataset)}
              />
            ))}
          </ul>
        )}
      </section>
    </Screen>
  )
}
