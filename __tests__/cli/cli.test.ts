import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import reportSchema from '../../src/core/schemas/report.schema.json' with { type: 'json' }
import { Ajv2020 } from '../../src/core/json/ajv-classes.js'
import { main } from '../../src/cli/main.js'
import { SAMPLE_PACKET, sealWithCoreutils, tempDir, writeTree } from '../helpers/packets.js'

async function cli(args: string[], cwd: string) {
  let out = ''
  let err = ''
  const code = await main(args, { out: t => (out += t), err: t => (err += t), cwd })
  return { code, out, err }
}

const validateReport = new Ajv2020({ allErrors: true }).compile(reportSchema)

let bundle: string
beforeAll(() => {
  bundle = tempDir('seal-gate-dist-')
  execFileSync(process.execPath, ['scripts/build.mjs', bundle], { stdio: 'inherit' })
})

describe('seal-gate CLI', () => {
  it('seals, then verifies with exit 0; a drifted file exits 1 with its cause', async () => {
    const root = tempDir()
    writeTree(root, SAMPLE_PACKET)
    expect((await cli(['seal', '.'], root)).code).toBe(0)
    const ok = await cli(['verify'], root)
    expect(ok.code).toBe(0)
    expect(ok.out).toMatch(/^PASS \. {2}tree [0-9a-f]{12} {2}\(5 files\)$/m)

    writeFileSync(join(root, 'report.md'), '\ufeff' + readFileSync(join(root, 'report.md'), 'utf8'))
    const bad = await cli(['verify'], root)
    expect(bad.code).toBe(1)
    expect(bad.out).toContain('mismatch  report.md:1 [bom; proven]')
    expect(bad.out).toMatch(/FAIL: 1 of 1 packets failed, 1 finding$/m)
  })

  it('exits 2 on bad usage, and 1 (not 0) when nothing is found', async () => {
    const root = tempDir()
    expect((await cli(['frobnicate'], root)).code).toBe(2)
    expect((await cli(['verify', '--nope'], root)).code).toBe(2)
    expect((await cli(['verify', 'does/not/exist'], root)).code).toBe(2)
    expect((await cli(['seal'], root)).code).toBe(2)
    expect((await cli(['verify', '--seal-file', '../x'], root)).code).toBe(2)
    const none = await cli(['verify'], root)
    expect(none.code).toBe(1)
    expect(none.out).toContain('no packet found')
  })

  it('--json prints one report that matches its schema', async () => {
    const root = tempDir()
    mkdirSync(join(root, '.git'))
    writeTree(join(root, 'a'), SAMPLE_PACKET)
    writeTree(join(root, 'b'), SAMPLE_PACKET)
    expect((await cli(['seal', 'a', 'b'], root)).code).toBe(0)
    writeFileSync(join(root, 'b', 'report.md'), 'replaced\n')
    const { code, out } = await cli(['verify', '--json'], join(root, 'b'))
    expect(code).toBe(1)
    const report = JSON.parse(out)
    expect(validateReport(report)).toBe(true)
    expect(report.ok).toBe(false)
    expect(report.packets).toHaveLength(1)
    expect(report.packets[0].findings[0]).toMatchObject({ kind: 'mismatch', file: 'b/report.md' })
  })

  it('the bundled dist CLI verifies a packet sealed by coreutils alone, with no node_modules', () => {
    const root = tempDir()
    writeTree(join(root, 'evidence'), SAMPLE_PACKET)
    sealWithCoreutils(join(root, 'evidence'))
    const cliPath = join(bundle, 'cli.js')
    const ok = spawnSync(process.execPath, [cliPath, 'verify', '--json'], { cwd: root, encoding: 'utf8' })
    expect(ok.status).toBe(0)
    const report = JSON.parse(ok.stdout)
    expect(validateReport(report)).toBe(true)
    expect(report.packets[0].tree.sealed).toBe(JSON.parse(readFileSync(join(root, 'evidence/seal.json'), 'utf8')).tree)

    execFileSync('unix2dos', ['-q', join(root, 'evidence/scripts/commands.sh')])
    const bad = spawnSync(process.execPath, [cliPath, 'verify', '--json'], { cwd: root, encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(JSON.parse(bad.stdout).packets[0].findings[0]).toMatchObject({
      kind: 'mismatch',
      file: 'evidence/scripts/commands.sh',
      causes: ['crlf']
    })
  })
  it('the bundled CLI loads the parts it uses only sometimes from dist/chunks, and fails closed when one is missing', () => {
    // The JSON step's YAML configuration and its schemas are chunks imported on first use.
    const root = tempDir()
    writeTree(root, {
      '.github/seal-gate.yml': 'version: 1\njson:\n  rules:\n    - files: "evidence/**/report.json"\n      schema: schemas/report.schema.json\n',
      'schemas/report.schema.json': JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        required: ['date'],
        properties: { date: { type: 'string', format: 'date' } }
      }),
      'evidence/p/report.json': '{\n  "title": "t",\n  "date": "June 12"\n}\n',
      'evidence/p/notes.md': 'notes\n'
    })
    const run = (dist: string, ...args: string[]) => spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], { cwd: root, encoding: 'utf8' })
    expect(run(bundle, 'seal', 'evidence/p').status).toBe(0)
    const checked = run(bundle, 'verify')
    expect(checked.status).toBe(1)
    expect(checked.stdout).toContain('schema    evidence/p/report.json:3:11: /date: must be a valid date (got "June 12")')

    // A copy of dist/ without the chunk that reads the configuration: an error, never a pass.
    const partial = tempDir('seal-gate-dist-partial-')
    cpSync(bundle, partial, { recursive: true })
    const config = readdirSync(join(partial, 'chunks')).filter(name => name.startsWith('config-'))
    expect(config).toHaveLength(1)
    rmSync(join(partial, 'chunks', config[0]))
    writeFileSync(join(root, 'evidence/p/report.json'), '{\n  "title": "t",\n  "date": "2026-06-12"\n}\n')
    expect(run(bundle, 'seal', 'evidence/p').status).toBe(0)
    expect(run(bundle, 'verify').status).toBe(0)
    const broken = run(partial, 'verify')
    expect(broken.status).not.toBe(0)
    expect(broken.stderr).toMatch(/^seal-gate: internal error, failing closed: .*chunks[\\/]config-/m)
  })
})
