/**
 * Scripts that run inside the page, kept as plain JavaScript strings: Playwright would otherwise
 * serialise functions as compiled by tsx, whose helpers the page does not have.
 */

/**
 * Marks, in `window.__marks`, when the first portfolio row and the first row computed from the
 * device database (not the saved copy) were on screen: the time of the first task after the
 * frame that contained them, in ms since navigation started.
 */
export const portfolioMarks = `
  window.__marks = {}
  const wanted = {
    row: '[data-testid="portfolio-row"]',
    live: '[data-live="true"] [data-testid="portfolio-row"]',
  }
  new MutationObserver((_, observer) => {
    for (const [name, selector] of Object.entries(wanted)) {
      if (window.__marks[name] !== undefined || !document.querySelector(selector)) continue
      window.__marks[name] = -1
      requestAnimationFrame(() => setTimeout(() => (window.__marks[name] = performance.now())))
    }
    if (window.__marks.live !== undefined) observer.disconnect()
  }).observe(document, { childList: true, subtree: true, attributes: true })
`

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

/** Whether the device holds `checkins` check-ins with nothing waiting to be sent. */
export const deviceHolds = (checkins: number) => `
  new Promise((ok) => {
    const open = indexedDB.open('liaison')
    open.onerror = () => ok(false)
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains('checkins')) return db.close(), ok(false)
      const tx = db.transaction(['checkins', 'outbox'])
      let held = 0
      let pending = 0
      tx.objectStore('checkins').count().onsuccess = (event) => (held = event.target.result)
      tx.objectStore('outbox').count().onsuccess = (event) => (pending = event.target.result)
      tx.oncomplete = () => (db.close(), ok(held === ${checkins} && pending === 0))
    }
  })
`
