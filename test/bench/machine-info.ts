import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'

function cpuModel(): string {
  const info = readFileSync('/proc/cpuinfo', 'utf8')
  return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? 'unknown'
}

function memory(): string {
  try {
    const lines = execFileSync('free', ['-h'], { encoding: 'utf8' }).split('\n')
    const mem = lines.find((line) => line.startsWith('Mem:'))?.split(/\s+/)
    return mem ? `${mem[1]} total, ${mem[6]} available` : 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * The 1-minute load average, as `uptime` shows it.
 *
 * @example
 * loadNow() // '1.42'
 */
export function loadNow(): string {
  return (loadavg()[0] ?? 0).toFixed(2)
}

/**
 * What the figures were measured on, as Markdown bullet lines.
 */
export function machineLines(versions: { chromium: string; database: string }): string[] {
  return [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${cpuModel()}, ${availableParallelism()} cores (nproc)`,
    `- memory: ${memory()} (free -h)`,
    `- Node ${process.version}, Chromium ${versions.chromium}, ${versions.database}`,
  ]
}
