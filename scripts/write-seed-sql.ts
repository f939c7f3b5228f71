import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildDemoData } from '../api/demo/demo-data.ts'
import { demoDataToSql } from '../api/demo/demo-seed-sql.ts'

/** Regenerates supabase/seed.sql from the demo builder: `node --import tsx scripts/write-seed-sql.ts`. */
const target = fileURLToPath(new URL('../supabase/seed.sql', import.meta.url))
const sql = demoDataToSql(buildDemoData(new Date()))
writeFileSync(target, sql)
console.log(`wrote ${target} (${sql.split('\n').length} lines)`)
