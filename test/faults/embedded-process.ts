import { spawn } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '../..')

/** A running `node --import tsx api/main.ts`: its URL once ready, and how it ended. */
export interface EmbeddedProcess {
  url: string
  pid: number
  /** Sends `signal` and resolves when the process has exited. */
  stop(signal: NodeJS.Signals): Promise<void>
  output(): string
}

/**
 * Starts the embedded server (PGlite on `dataDir`) as its own process on a free port, as
 * `npm run serve` does, and resolves once it prints that it is running.
 *
 * @example
 * const server = await startEmbedded('/tmp/liaison-data')
 * await server.stop('SIGKILL')
 */
export function startEmbedded(dataDir: string): Promise<EmbeddedProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'error' },
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1]
      if (!url) return
      child.stdout.off('data', collect)
      child.stdout.on('data', (more: Buffer) => (output += more.toString()))
      resolve({
        url,
        pid: child.pid ?? 0,
        async stop(signal) {
          child.kill(signal)
          await exited
        },
        output: () => output,
      })
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then(() => reject(new Error(`the server exited before it was ready:\n${output}`)))
  })
}
