/**
 * The password rules of embedded sign-in, for the set-password screen and the auth server alike.
 * An invited person signs in once with a one-time password and must then choose their own.
 * Zod-free: the sign-in state on the first screen reads it (the request's schema is beside it).
 */
export const minPasswordLength = 12
export const maxPasswordLength = 1024

/** The `user_metadata` key (GoTrue user, access token) that is true until they chose one. */
export const mustSetPasswordKey = 'must_set_password'

/** The error code of /api while the signed-in person still has to set their password (403). */
export const passwordChangeRequired = 'password_change_required'
