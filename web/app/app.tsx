import { QueryClientProvider } from '@tanstack/react-query'
import { useSession } from '../auth/use-session.ts'
import { AppShell } from '../features/shell/app-shell.tsx'
import { SignInScreen } from '../features/sign-in/sign-in-screen.tsx'
import { queryClient } from './query-client.ts'
import type { RuntimeConfig } from './runtime-config.ts'
import { StartingScreen, StartupProblem } from './startup-screens.tsx'
import { UpdatePrompt } from './update-prompt.tsx'
import { useRuntimeConfig } from './use-runtime-config.ts'

function SessionGate({ config }: { config: RuntimeConfig }) {
  const session = useSession()
  return session ? <AppShell session={session} /> : <SignInScreen demo={config.demo} />
}

/**
 * The app root: config first (cached, so it starts offline), then the sign-in screen or the
 * signed-in shell.
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
