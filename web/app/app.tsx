import { lazy, Suspense } from 'react'
import { useSession } from '../auth/use-session.ts'
import { AppShell } from './shell/app-shell.tsx'
import { SyncProvider } from '../sync/sync-provider.tsx'
import type { RuntimeConfig } from './runtime-config.ts'
import { StartingScreen, StartupProblem } from './startup-screens.tsx'
import { useRuntimeConfig } from './use-runtime-config.ts'

const DeviceInUseScreen = lazy(() =>
  import('../features/device/device-in-use-screen.tsx').then((module) => ({
    default: module.DeviceInUseScreen,
  })),
)

// Its own chunk, with Supabase's auth client: a signed-in start needs neither.
const SignInScreen = lazy(() =>
  import('../features/sign-in/sign-in-screen.tsx').then((module) => ({
    default: module.SignInScreen,
  })),
)

const SetPasswordScreen = lazy(() =>
  import('../features/sign-in/set-password-screen.tsx').then((module) => ({
    default: module.SetPasswordScreen,
  })),
)

function SessionGate({ config }: { config: RuntimeConfig }) {
  const session = useSession()
  if (!session) {
    return (
      <Suspense fallback={<StartingScreen />}>
        <SignInScreen demo={config.demo} />
      </Suspense>
    )
  }
  if (session.mustSetPassword) {
    return (
      <Suspense fallback={<StartingScreen />}>
        <SetPasswordScreen email={session.user.email} />
      </Suspense>
    )
  }
  // One device database and sync engine per signed-in person; another person's pending changes
  // block the app rather than being sent under this account.
  return (
    <SyncProvider
      key={session.user.id}
      userId={session.user.id}
      blocked={(pending) => (
        <Suspense fallback={<StartingScreen />}>
          <DeviceInUseScreen pending={pending} />
        </Suspense>
      )}
    >
      <AppShell session={session} />
    </SyncProvider>
  )
}

/**
 * The app root: config first (cached, so it starts offline), then the sign-in screen or the
 * signed-in shell with its device database and sync.
 */
export function App() {
  const [config, retry] = useRuntimeConfig()
  if (config.status === 'ready') return <SessionGate config={config.config} />
  if (config.status === 'failed') return <StartupProblem offline={config.offline} onRetry={retry} />
  return <StartingScreen />
}
