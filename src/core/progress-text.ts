/**
 * A progress event as one short line of plain text, for the CLI's terminal line and the
 * Action's log: packets, files and bytes done of their totals, and the rate. It holds only
 * numbers counted by the verifier, never a name from the repository.
 */
import type { ProgressEvent } from './progress.js'

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** Bytes in binary units, three significant digits at most: `512 B`, `1.5 KiB`, `42.0 MiB`. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${UNITS[unit]}`
}

const of = (done: number, total: number | null) => `${done}/${total === null ? '?' : total}`

export function progressText(event: ProgressEvent): string {
  const seconds = event.elapsedMs / 1000
  const rate = seconds > 0 ? `${formatBytes(event.bytes.done / seconds)}/s` : '-'
  const bytes = `${formatBytes(event.bytes.done)}/${event.bytes.total === null ? '?' : formatBytes(event.bytes.total)}`
  return `packets ${of(event.packets.done, event.packets.total)}, files ${of(event.files.done, event.files.total)}, ${bytes}, ${rate}`
}
