import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkJsonFiles } from '../../src/core/json/check-json.js'
import { loadConfig } from '../../src/core/json/config.js'
import type { Finding } from '../../src/core/finding.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const PACKET = 'examples/fix7-clone-rehearsal-packet'

/** Every .json file of the packet, as repository-relative paths with '/' separators, sorted. */
function packetJsonFiles(): string[] {
  return readdirSync(join(repoRoot, PACKET), { recursive: true, encoding: 'utf8' })
    .filter(rel => rel.toLowerCase().endsWith('.json') && statSync(join(repoRoot, PACKET, rel)).isFile())
    .map(rel => `${PACKET}/${rel.split(sep).join('/')}`)
    .sort()
}

const brief = (findings: Finding[]) => findings.map(f => `${f.kind} ${f.file}:${f.line}:${f.column} ${f.message}`)

describe('the example packet against the repository configuration', () => {
  const config = loadConfig(repoRoot)
  const files = packetJsonFiles()

  it('maps the packet to the example schemas', () => {
    expect(config).not.toBeNull()
    expect(files).toEqual(expect.arrayContaining([`${PACKET}/report.json`, `${PACKET}/provenance/clone-provenance.json`]))
    for (const f of [`${PACKET}/report.json`, `${PACKET}/provenance/clone-provenance.json`, `${PACKET}/provenance/schema-compatibility.json`]) {
      expect(config!.rules.some(r => r.matches(f))).toBe(true)
    }
  })

  it('every .json file of the packet passes', async () => {
    const findings = await checkJsonFiles(
      files.map(file => ({ file, bytes: new Uint8Array(readFileSync(join(repoRoot, file))) })),
      { repoRoot, config }
    )
    expect(brief(findings)).toEqual([])
  })

  it('a report whose date is not a full-date gives one schema finding at the date value', async () => {
    const file = `${PACKET}/report.json`
    const original = readFileSync(join(repoRoot, file), 'utf8')
    const text = original.replace(/("date"\s*:\s*)"[^"]*"/, '$1"June 12"')
    expect(text).not.toBe(original)
    const lines = text.split(/\r?\n/)
    const line = lines.findIndex(l => l.includes('"June 12"')) + 1
    const column = Array.from(lines[line - 1].slice(0, lines[line - 1].indexOf('"June 12"'))).length + 1
    const findings = await checkJsonFiles([{ file, bytes: new TextEncoder().encode(text) }], { repoRoot, config })
    expect(brief(findings)).toEqual([`schema ${file}:${line}:${column} /date: must be a valid date (got "June 12")`])
    expect(findings[0].line).toBeGreaterThan(1)
  })
})
