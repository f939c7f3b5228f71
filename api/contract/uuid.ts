import { z } from 'zod'

/**
 * An id as PostgreSQL's `uuid` type holds it: 32 hex digits as 8-4-4-4-12, of any version and
 * variant. zod's `z.uuid()` takes only RFC 9562 ones, yet a row written by SQL or another tool
 * may carry any (the nil uuid, a version 0 one); refusing those ids once Postgres has them would
 * stop pull for good. Read lowercase, as Postgres writes them, so one id has one spelling.
 *
 * @example
 * uuid.parse('A0EEBC99-9C0B-0EF8-BB6D-6BB9BD380A11') // 'a0eebc99-9c0b-0ef8-bb6d-6bb9bd380a11'
 */
export const uuid = z.guid({ error: 'must be a uuid' }).toLowerCase()

/**
 * Whether `value` is such an id, checked before it reaches SQL (a claim, a path parameter).
 */
export const isUuid = (value: unknown): value is string => uuid.safeParse(value).success
