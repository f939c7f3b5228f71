/**
 * The `error` of a 401 from /api when the token is genuine but its person was removed from
 * every organisation they belonged to: the device wipes the office's rows (keeping what it had
 * not sent, as refused changes) instead of waiting to sync again. Any other 401 is
 * `unauthorized`: sign in again, everything kept.
 */
export const membershipEnded = 'membership_ended'
