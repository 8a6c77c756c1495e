/** The `report` output: the JSON report, byte for byte what `seal-gate verify --json` prints. */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../core/report.js'

export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}

/** Writes the report under RUNNER_TEMP (the runner's per-job temporary folder); returns its path. */
export async function writeReportFile(report: Report, base = process.env.RUNNER_TEMP || tmpdir()): Promise<string> {
  const dir = await mkdtemp(join(base, 'seal-gate-'))
  const path = join(dir, 'report.json')
  await writeFile(path, reportJson(report), { flag: 'wx' })
  return path
}
