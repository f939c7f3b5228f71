import type { Table } from 'dexie'

/**
 * Rows by id, in the order asked. Ids written together sit together (new ids sort by creation
 * time, and a pull page is a run of ids per table), so one read of the range between the
 * lowest and highest id usually answers for all of them in one IndexedDB request instead of
 * one per id; a range holding many more rows than asked falls back to reading each id.
 */
export async function getByRange<T extends { id: string }>(
  table: Table<T, string>,
  ids: readonly string[],
): Promise<(T | undefined)[]> {
  if (ids.length === 0) return []
  let low = ids[0] ?? ''
  let high = low
  for (const id of ids) {
    if (id < low) low = id
    if (id > high) high = id
  }
  const room = ids.length * 2
  const inRange = await table.where(':id').between(low, high, true, true).limit(room).toArray()
  if (inRange.length >= room) return table.bulkGet([...ids])
  const byId = new Map(inRange.map((row) => [row.id, row]))
  return ids.map((id) => byId.get(id))
}

/**
 * Deletes `keys` from a table whose every key is `all`: runs of keys that are next to each
 * other in key order go as one range each, the rest one by one. Only correct when `all` is the
 * whole table as this transaction sees it.
 */
export async function deleteAsRanges(
  table: Table<unknown, string>,
  keys: readonly string[],
  all: readonly string[],
): Promise<void> {
  const dropping = new Set(keys)
  const runs: string[][] = []
  let run: string[] = []
  // JavaScript sorts strings by UTF-16 code units, as IndexedDB orders string keys.
  for (const key of [...all].sort()) {
    if (dropping.has(key)) {
      run.push(key)
      continue
    }
    if (run.length) runs.push(run)
    run = []
  }
  if (run.length) runs.push(run)
  const single = runs.filter((r) => r.length < 3).flat()
  await Promise.all([
    single.length ? table.bulkDelete(single) : undefined,
    ...runs
      .filter((r) => r.length >= 3)
      .map((r) =>
        table
          .where(':id')
          .between(r[0] ?? '', r.at(-1) ?? '', true, true)
          .delete(),
      ),
  ])
}
