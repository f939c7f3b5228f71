import type { BenchApi } from '../bench-api.ts'
import { saveLatency } from './save-bench.ts'
import { pull, push } from './sync-bench.ts'

// The runner waits for this, then calls these through page.evaluate.
const api: BenchApi = { saveLatency, pull, push }
window.liaisonBench = api
