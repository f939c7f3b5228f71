import { noteRemoval } from './removal-notice.ts'
import { signOut } from './sign-out.ts'

/**
 * Ends the session of a person the server says was removed from every organisation, after the
 * device has forgotten the office: the sign-in screen then says why.
 *
 * @example
 * createSyncEngine({ …, onRemoved: endRemovedSession })
 */
export async function endRemovedSession(): Promise<void> {
  noteRemoval()
  await signOut()
}
