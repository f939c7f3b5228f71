import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client.ts'

/**
 * The one TanStack Query client, for server-only data; sign-out clears it.
 *
 * @example
 * <QueryClientProvider client={queryClient}>…</QueryClientProvider>
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      // A 4xx will not fix itself on retry; a dropped connection might.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
})
