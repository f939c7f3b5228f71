import { z } from 'zod'
import { maxPasswordLength, minPasswordLength } from './password-rules.ts'

/** `PUT /auth/v1/user` (supabase-js `auth.updateUser({ password })`); other keys are ignored. */
export const setPasswordRequest = z.object({
  password: z
    .string({ error: 'is required' })
    .min(minPasswordLength, { error: `must be at least ${minPasswordLength} characters` })
    .max(maxPasswordLength)
    .refine((password) => !password.includes('\u0000'), 'must not contain a NUL character'),
})
export type SetPasswordRequest = z.infer<typeof setPasswordRequest>
