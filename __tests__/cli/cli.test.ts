import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import reportSchema from '../../src/core/schemas/report.schema.json' with { type: 'json' }
import { Ajv2020 } from '../../src/core/ajv.js'
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
})
