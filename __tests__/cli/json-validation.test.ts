/** The JSON step end to end through the CLI: schema violations pinned, a broken schema is exit 2. */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import { tempDir, writeTree } from '../helpers/packets.js'

async function cli(args: string[], cwd: string) {
  let out = ''
  let err = ''
  const code = await main(args, { out: t => (out += t), err: t => (err += t), cwd })
  return { code, out, err }
}

const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['status', 'date'],
  properties: { status: { enum: ['PASS', 'FAIL'] }, date: { type: 'string', format: 'date' } }
}

function repo(report: string, schema: unknown = SCHEMA) {
  const root = tempDir()
  mkdirSync(join(root, '.git'))
  writeTree(root, {
    '.github/seal-gate.yml': 'version: 1\njson:\n  rules:\n    - files: "evidence/**/report.json"\n      schema: schemas/report.schema.json\n',
    'schemas/report.schema.json': JSON.stringify(schema, null, 2),
    'evidence/p/report.json': report,
    'evidence/p/notes.md': 'Rehearsal — notes\n'
  })
  return root
}

describe('verify with a JSON configuration', () => {
  it('passes valid JSON, and fails each violation at its line and column', async () => {
    const good = repo('{\n  "status": "PASS",\n  "date": "2026-06-12"\n}\n')
    expect((await cli(['seal', 'evidence/p'], good)).code).toBe(0)
    expect((await cli(['verify', '--source', 'worktree'], good)).code).toBe(0)

    const bad = repo('{\n  "title": "Clone leg — rehearsal",\n  "status": "DONE",\n  "date": "June 12"\n}\n')
    expect((await cli(['seal', 'evidence/p'], bad)).code).toBe(0)
    const { code, out } = await cli(['verify', '--source', 'worktree', '--json'], bad)
    expect(code).toBe(1)
    const findings = JSON.parse(out).packets[0].findings
    expect(findings.map((f: { kind: string; file: string; line: number; column: number }) => [f.kind, f.file, f.line, f.column])).toEqual([
      ['schema', 'evidence/p/report.json', 3, 13],
      ['schema', 'evidence/p/report.json', 4, 11]
    ])
    expect(findings[0].message).toContain('/status')
  })

  it('reads every packet JSON file strictly even without a configuration: duplicate keys fail', async () => {
    const root = tempDir()
    writeTree(root, { 'p/report.json': '{"status": "FAIL", "status": "PASS"}\n' })
    expect((await cli(['seal', 'p'], root)).code).toBe(0)
    const { code, out } = await cli(['verify', '--source', 'worktree', '--json'], root)
    expect(code).toBe(1)
    expect(JSON.parse(out).packets[0].findings[0]).toMatchObject({ kind: 'json', file: 'p/report.json', line: 1 })
  })

  it('a schema that is itself invalid is a configuration error: exit 2, one line', async () => {
    const root = repo('{"status": "PASS", "date": "2026-06-12"}\n', { type: 'object', properties: { status: { type: 'strang' } } })
    expect((await cli(['seal', 'evidence/p'], root)).code).toBe(0)
    const { code, err } = await cli(['verify', '--source', 'worktree'], root)
    expect(code).toBe(2)
    expect(err.split('\n')[0]).toMatch(/^seal-gate: .*schemas\/report\.schema\.json/)
    writeFileSync(join(root, '.github/seal-gate.yml'), 'version: 9\n')
    expect((await cli(['verify', '--source', 'worktree'], root)).code).toBe(2)
  })
})
