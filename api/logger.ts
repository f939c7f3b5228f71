export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'
export type Logger = Record<Exclude<LogLevel, 'silent'>, (msg: string, fields?: object) => void>

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 }

/**
 * A structured logger: one JSON object a line on stdout (stderr for errors), for log shippers.
 */
export function createLogger(level: LogLevel): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>) => (msg: string, fields?: object) => {
    if (rank[at] < rank[level]) return
    const line = JSON.stringify({ level: at, time: new Date().toISOString(), msg, ...fields })
    if (at === 'error') process.stderr.write(line + '\n')
    else process.stdout.write(line + '\n')
  }
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}
