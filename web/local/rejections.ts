import type { LocalDb, Rejection } from './local-db.ts'

/**
 * The changes the server refused, newest first, each with the text that was typed.
 */
export async function listRejections(db: LocalDb): Promise<Rejection[]> {
  return db.rejections.orderBy('seq').reverse().toArray()
}

/**
 * Removes a refused change from the list once the person has dealt with it.
 */
export async function dismissRejection(db: LocalDb, seq: number): Promise<void> {
  await db.rejections.delete(seq)
}
