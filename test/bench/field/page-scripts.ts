/**
 * Scripts that run inside the page, kept as plain JavaScript strings: Playwright would otherwise
 * serialise functions as compiled by tsx, whose helpers the page does not have.
 */

/**
 * Marks, in `window.__marks`, when each wanted selector first matched something on screen: the
 * time of the first task after the frame that contained it, in ms since navigation started.
 */
const paintMarks = (wanted: Record<string, string>) => `
  window.__marks = {}
  const wanted = ${JSON.stringify(wanted)}
  new MutationObserver((_, observer) => {
    for (const [name, selector] of Object.entries(wanted)) {
      if (window.__marks[name] !== undefined || !document.querySelector(selector)) continue
      window.__marks[name] = -1
      requestAnimationFrame(() => setTimeout(() => (window.__marks[name] = performance.now())))
    }
    if (Object.keys(wanted).every((name) => window.__marks[name] !== undefined)) {
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true, attributes: true })
`

/** The portfolio's first row (the copy saved at the last visit) and its first computed row. */
export const portfolioMarks = paintMarks({
  row: '[data-testid="portfolio-row"]',
  live: '[data-live="true"] [data-testid="portfolio-row"]',
})

/** The Team screen's figures: its first manager's card, computed from the device database. */
export const teamMarks = paintMarks({ live: '[data-testid="manager"]' })

/**
 * Records in `window.__keystrokes` the ms from each key press in the search box to the first
 * task after the frame showing the results for what the box then holds.
 */
export const searchRecorder = `
  window.__keystrokes = []
  let pressedAt = null
  const input = document.getElementById('search-input')
  input.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), true)
  new MutationObserver(() => {
    const output = document.querySelector('.search-output')
    if (pressedAt === null || !output || output.dataset.query !== input.value) return
    const from = pressedAt
    pressedAt = null
    requestAnimationFrame(() => setTimeout(() => window.__keystrokes.push(performance.now() - from)))
  }).observe(document.querySelector('main'), { childList: true, subtree: true, attributes: true })
`

/**
 * The floor of a search: every check-in's summary and notes read once from IndexedDB (not
 * timed), then for each query a plain scan for the lower-cased text (no index, no ranking) and
 * the first `shown` matches' summaries written into a list, to the first task after that frame.
 * Resolves with the milliseconds of each query.
 */
export const searchFloor = (queries: string[], shown: number) => `
  (async () => {
    const db = await new Promise((ok, fail) => {
      const open = indexedDB.open('liaison')
      open.onsuccess = () => ok(open.result)
      open.onerror = () => fail(open.error)
    })
    const rows = await new Promise((ok) => {
      const read = db.transaction('checkins').objectStore('checkins').getAll()
      read.onsuccess = () => ok(read.result)
    })
    db.close()
    const texts = rows.map((row) => ((row.summary ?? '') + ' ' + (row.notes ?? '')).toLowerCase())
    const list = document.createElement('ul')
    document.body.append(list)
    const times = []
    for (const query of ${JSON.stringify(queries)}) {
      const start = performance.now()
      const needle = query.toLowerCase()
      const found = []
      texts.forEach((text, i) => text.includes(needle) && found.push(rows[i]))
      list.replaceChildren(...found.slice(0, ${shown}).map((row) => {
        const item = document.createElement('li')
        item.textContent = row.summary
        return item
      }))
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)))
      times.push(performance.now() - start)
    }
    list.remove()
    return times
  })()
`

/**
 * The floor of a cold portfolio: a page with no framework and no script file that opens the
 * same IndexedDB, reads the accounts and their trust facts in one transaction and lists the 500
 * names; `window.__painted` is set like the marks above.
 */
export const portfolioFloorPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head>
<body><ul id="list"></ul><script>
  const open = indexedDB.open('liaison')
  open.onsuccess = () => {
    const tx = open.result.transaction(['accounts', 'trust_facts'])
    let accounts = []
    tx.objectStore('accounts').getAll().onsuccess = (event) => (accounts = event.target.result)
    tx.objectStore('trust_facts').getAll()
    tx.oncomplete = () => {
      const list = document.getElementById('list')
      for (const account of accounts) {
        const item = document.createElement('li')
        item.textContent = account.name
        list.append(item)
      }
      open.result.close()
      requestAnimationFrame(() => setTimeout(() => (window.__painted = performance.now())))
    }
  }
</script></body></html>`

/**
 * The floor of a cold Team screen: a page with no framework and no script file that reads, in
 * one transaction, every store the Team screen reads (relationships, assignments, trust facts,
 * members, value items, scorecards, risks, forums and the forums' meetings) and lists each
 * member with the count of relationships they hold; `window.__painted` is set like the marks.
 */
export const teamFloorPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head>
<body><ul id="list"></ul><script>
  const open = indexedDB.open('liaison')
  open.onsuccess = () => {
    const stores = ['accounts', 'assignments', 'trust_facts', 'members', 'value_items',
      'scorecards', 'risks', 'forums', 'checkins']
    const tx = open.result.transaction(stores)
    const read = {}
    for (const store of stores.slice(0, -1)) {
      tx.objectStore(store).getAll().onsuccess = (event) => (read[store] = event.target.result)
    }
    // The forums' meetings, by the index the app reads them through.
    tx.objectStore('checkins').index('forum_id').getAll()
    tx.oncomplete = () => {
      const held = new Map()
      for (const a of read.assignments) held.set(a.user_id, (held.get(a.user_id) ?? 0) + 1)
      const list = document.getElementById('list')
      for (const member of read.members) {
        const item = document.createElement('li')
        item.textContent = member.display_name + ': ' + (held.get(member.user_id) ?? 0)
        list.append(item)
      }
      open.result.close()
      requestAnimationFrame(() => setTimeout(() => (window.__painted = performance.now())))
    }
  }
</script></body></html>`

/** Whether the device holds as many rows as `counts` says in each store, with nothing to send. */
export const deviceHolds = (counts: Record<string, number>) => `
  new Promise((ok) => {
    const counts = ${JSON.stringify(counts)}
    const stores = [...Object.keys(counts), 'outbox']
    const open = indexedDB.open('liaison')
    open.onerror = () => ok(false)
    open.onsuccess = () => {
      const db = open.result
      if (!stores.every((store) => db.objectStoreNames.contains(store))) return db.close(), ok(false)
      const tx = db.transaction(stores)
      const held = {}
      for (const store of stores) {
        tx.objectStore(store).count().onsuccess = (event) => (held[store] = event.target.result)
      }
      tx.oncomplete = () => {
        db.close()
        ok(held.outbox === 0 && Object.entries(counts).every(([store, n]) => held[store] === n))
      }
    }
  })
`
