import { demoAccounts, demoPassword } from './contract/demo-sign-ins.ts'
import { EnvError, loadEnv } from './env.ts'
import { startServer } from './server.ts'

async function main() {
  let env
  try {
    env = loadEnv()
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
  const started = performance.now()
  const server = await startServer(env)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  // One write, so whoever reads the banner sees it whole.
  const banner = [`\nLiaison is running at ${server.url} (ready in ${seconds} s)`]
  if (server.demo) {
    banner.push(`Demo sign-ins, password "${demoPassword}":`)
    for (const { email, role } of demoAccounts) banner.push(`  ${email.padEnd(24)} ${role}`)
  }
  process.stdout.write(banner.join('\n') + '\n\n')

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    server.log.info('shutting down', { signal })
    await server.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Liaison failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
