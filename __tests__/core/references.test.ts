/**
 * References in the core (docs/seal-format.md, section 7): the canonical form places `ref` after
 * `path`, the parser holds `ref` to the path rules and the schema, and a canonical file that many
 * entries of many packets reference is looked at, hashed and diagnosed once per run.
 */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ByteSource } from '../../src/core/byte-source.js'
import { FsSource } from '../../src/core/fs-source.js'
import { canonicalSealText, parseSeal, SealEntries, type Seal, type SealEntry } from '../../src/core/seal-file.js'
import { treeHash } from '../../src/core/tree-hash.js'
import { verify } from '../../src/core/verify.js'
import { tempDir, writeTree } from '../helpers/packets.js'

const sha = (s: string) => createHash('sha256').update(s).digest('hex')
const sealOf = (files: SealEntry[]): Seal => ({ seal: 1, algorithm: 'sha256', tree: treeHash(files), files: SealEntries.of(files) })
const parse = (text: string) => parseSeal(new TextEncoder().encode(text), 'p/seal.json')

describe('the seal format with references', () => {
  const withRef = sealOf([{ path: 'checks/v.py', ref: 'tools/v.py', sha256: sha('v'), bytes: 1 }])

  it('writes ref between path and sha256, and reads it back', () => {
    const text = canonicalSealText(withRef)
    expect(text).toContain(`{\n      "path": "checks/v.py",\n      "ref": "tools/v.py",\n      "sha256": "${sha('v')}",\n      "bytes": 1\n    }`)
    expect(parse(text)).toEqual({ seal: withRef, findings: [] })
  })

  it('refuses ref in another key order as not canonical', () => {
    const text = canonicalSealText(withRef).replace('"path": "checks/v.py",\n      "ref": "tools/v.py",', '"ref": "tools/v.py",\n      "path": "checks/v.py",')
    expect(parse(text).findings.map(f => [f.kind, f.message.slice(0, 41)])).toEqual([['seal', 'seal file is not in canonical form (first']])
  })

  it('holds ref to the schema and to the path rules', () => {
    const edited = (ref: unknown) => JSON.stringify({ ...withRef, files: [{ ...withRef.files.entry(0), ref }] }, null, 2) + '\n'
    expect(parse(edited(7)).findings.map(f => f.message)).toEqual(['seal does not match schema v1: /files/0/ref: must be string'])
    expect(parse(edited('')).findings.map(f => f.kind)).toEqual(['seal'])
    for (const [ref, why] of [
      ['../x', '"." segment'],
      ['/etc/passwd', 'absolute path'],
      ['tools\\v.py', 'backslash in path'],
      ['a\u0007b', 'control character in path']
    ]) {
      const result = parse(edited(ref))
      expect(result.seal).toBeNull()
      expect(result.findings.map(f => f.kind)).toEqual(['unsafe'])
      expect(result.findings[0].message).toContain(why.replace('"."', '".."'))
    }
  })
})

describe('a canonical file referenced many times', () => {
  /** FsSource, counting what it is asked about each path. */
  function countingSource() {
    const inner = new FsSource()
    const calls = new Map<string, number>()
    const count = (what: string) => calls.set(what, (calls.get(what) ?? 0) + 1)
    const source: ByteSource = {
      list: (dir, seal) => inner.list(dir, seal),
      read: (abs, limit) => (count(`read ${abs}`), inner.read(abs, limit)),
      digest: abs => (count(`digest ${abs}`), inner.digest(abs)),
      fileProblem: (root, path) => (count(`check ${path}`), inner.fileProblem(root, path))
    }
    return { source, calls }
  }

  /** Three packets, each with 1,000 entries referencing tools/v.py, sealed for `sealed`; the file holds `canonical`. */
  function repo(sealed: string, canonical = sealed): string {
    const root = tempDir('seal-gate-refs-many-')
    mkdirSync(join(root, '.git'))
    writeTree(root, { 'tools/v.py': canonical })
    for (const p of ['a', 'b', 'c']) {
      const files: SealEntry[] = Array.from({ length: 1000 }, (_, i) => ({ path: `v${String(i).padStart(4, '0')}.py`, ref: 'tools/v.py', sha256: sha(sealed), bytes: Buffer.byteLength(sealed) }))
      mkdirSync(join(root, p))
      writeFileSync(join(root, p, 'seal.json'), canonicalSealText(sealOf(files)))
    }
    return root
  }

  it('passes, with the canonical file checked and hashed once', async () => {
    const root = repo('print("PASS")\n')
    const { source, calls } = countingSource()
    const report = await verify({ cwd: root, source })
    expect(report.ok).toBe(true)
    expect(report.packets.map(p => p.tree.actual === p.tree.sealed)).toEqual([true, true, true])
    const canonical = [...calls].filter(([what]) => !what.endsWith('/seal.json'))
    expect(Object.fromEntries(canonical)).toEqual({ 'check tools/v.py': 1, [`digest ${join(root, 'tools/v.py')}`]: 1 })
  })

  it('drifted: every entry is named, the canonical file read once to diagnose', async () => {
    const root = repo('print("PASS")\n', 'print("PASS")\r\n')
    const { source, calls } = countingSource()
    const report = await verify({ cwd: root, source })
    expect(report.ok).toBe(false)
    const findings = report.packets.flatMap(p => p.findings)
    expect(findings).toHaveLength(3000)
    expect(new Set(findings.map(f => `${f.kind} ${f.file} ${f.causes}`))).toEqual(new Set(['ref tools/v.py crlf']))
    expect(new Set(findings.map(f => f.message.split(':')[0])).size).toBe(1000)
    expect(calls.get(`read ${join(root, 'tools/v.py')}`)).toBe(1)
    expect(calls.get(`digest ${join(root, 'tools/v.py')}`)).toBe(1)
  })
})
