// The part of supabase-js the app uses, in a chunk of its own: the signed-in first screen starts
// without it (about a sixth of the first load), and it loads on the first call that needs it.
export { AuthClient, isAuthApiError, isAuthRetryableFetchError } from '@supabase/supabase-js'
