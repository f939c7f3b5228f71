import { newId } from '../../local/new-id.ts'
import { useFocusLater } from './use-focus-later.ts'

/**
 * Adding, changing and removing the rows of a list typed in a form (commitments, value ideas),
 * with the focus where a keyboard user expects it: in a new row's first field, and after a
 * removal in the next row (or the previous, or the Add button).
 *
 * @example
 * const list = useRowList(rows, onChange, { fieldId: titleId, addId: 'add-idea', blank: () => ({ title: '' }) })
 * list.add(); list.change(row.key, { title }); list.remove(row.key, index)
 */
export function useRowList<Row extends { key: string }>(
  rows: Row[],
  onChange: (rows: Row[]) => void,
  options: { fieldId: (key: string) => string; addId: string; blank: () => Omit<Row, 'key'> },
) {
  const focusLater = useFocusLater()
  return {
    add() {
      const key = newId()
      onChange([...rows, { ...options.blank(), key } as Row])
      focusLater(options.fieldId(key))
    },
    change(key: string, change: Partial<Row>) {
      onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)))
    },
    remove(key: string, index: number) {
      onChange(rows.filter((row) => row.key !== key))
      const next = rows[index + 1] ?? rows[index - 1]
      focusLater(next ? options.fieldId(next.key) : options.addId)
    },
  }
}
