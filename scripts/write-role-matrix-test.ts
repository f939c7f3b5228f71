import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { roleMatrixTestSql } from '../api/db/role-matrix-test-sql.ts'

/** Regenerates the pgTAP role matrix: `node --import tsx scripts/write-role-matrix-test.ts`. */
const target = fileURLToPath(new URL('../supabase/tests/15-role-matrix.test.sql', import.meta.url))
const sql = roleMatrixTestSql()
writeFileSync(target, sql)
console.log(`wrote ${target} (${sql.split('\n').length} lines)`)
