import { z } from 'zod'

/**
 * The password rules of embedded sign-in, for the set-password screen and the auth server alike.
 * An invited person signs in once with a one-time password and must then choose their own.
 */
export const minPasswordLength = 12
export const maxPasswordLength = 1024

/** The `user_metadata` key (GoTrue user, access token) that is true until they chose one. */
export const mustSetPasswordKey = 'must_set_password'

/** The error code of /api while the signed-in person still has to set their password (403). */
export const passwordChangeRequired = 'password_change_required'

/** `PUT /auth/v1/user` (supabase-js `auth.updateUser({ password })`); other keys are ignored. */
export const setPasswordRequest = z.object({
  password: z
    .string({ error: 'is required' })
    .min(minPasswordLength, { error: `must be at least ${minPasswordLength} characters` })
    .max(maxPasswordLength)
    .refine((password) => !password.includes('\u0000'), 'must not contain a NUL character'),
})
export type SetPasswordRequest = z.infer<typeof setPasswordRequest>
