import { QueryClientProvider } from '@tanstack/react-query'
import { useSession } from '../auth/use-session.ts'
import { DeviceInUseScreen } from '../features/device/device-in-use-screen.tsx'
import { AppShell } from '../features/shell/app-shell.tsx'
import { SignInScreen } from '../features/sign-in/sign-in-screen.tsx'
import { SyncProvider } from '../sync/sync-provider.tsx'
import { queryClient } from './query-client.ts'
import type { RuntimeConfig } from './runtime-config.ts'
import { StartingScreen, StartupProblem } from './startup-screens.tsx'
import { UpdatePrompt } from './update-prompt.tsx'
import { useRuntimeConfig } from './use-runtime-config.ts'

function SessionGate({ config }: { config: RuntimeConfig }) {
  const session = useSession()
  if (!session) return <SignInScreen demo={config.demo} />
  // One device database and sync engine per signed-in person; another person's pending changes
  // block the app rather than being sent under this account.
  return (
    <SyncProvider
      key={session.user.id}
      userId={session.user.id}
      blocked={(pending) => <DeviceInUseScreen pending={pending} />}
    >
      <AppShell session={session} />
    </SyncProvider>
  )
}

/**
 * The app root: config first (cached, so it starts offline), then the sign-in screen or the
 * signed-in shell with its device database and sync.
 *
 * @example
 * createRoot(element).render(<App />)
 */
export function App() {
  const [config, retry] = useRuntimeConfig()
  return (
    <QueryClientProvider client={queryClient}>
      {config.status === 'ready' ? (
        <SessionGate config={config.config} />
      ) : config.status === 'failed' ? (
        <StartupProblem offline={config.offline} onRetry={retry} />
      ) : (
        <StartingScreen />
      )}
      <UpdatePrompt />
    </QueryClientProvider>
  )
}
