/**
 * The benchmark's Node floor (bench/node-floor.mjs) checks its own work: it passes only when every
 * file's bytes hash to the manifest's digest, so a bench run can never time a floor that hashed
 * nothing. The manifest comes from coreutils' sha256sum, as in the bench. No timing here.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const floor = resolve('bench/node-floor.mjs')
const MiB = 1 << 20

/** `size` bytes that differ from file to file (`seed`) and from offset to offset. */
function bytes(size: number, seed: number): Buffer {
  const b = Buffer.alloc(size)
  for (let i = 0; i < size; i++) b[i] = (i * 31 + seed * 7 + (i >> 8)) & 0xff
  return b
}

// Around the 1 MiB read: empty, a short read, exactly one full read, one byte over, several reads.
const files: [string, number][] = [
  ['a/empty.dat', 0],
  ['a/one.dat', 1],
  ['a/small.dat', 100],
  ['b/c/exact.dat', MiB],
  ['b/c/over.dat', MiB + 1],
  ['b/large.dat', 2.5 * MiB],
  ['b/c/d/f1.dat', 8000],
  ['b/c/d/f2.dat', 4096],
  ['b/c/d/f3.dat', 777]
]

let dir: string
let packet: string
let manifest: string

function runFloor(list = manifest) {
  const r = spawnSync(process.execPath, [floor, list], { cwd: packet, encoding: 'utf8' })
  return { status: r.status, stderr: r.stderr }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'node-floor-'))
  packet = join(dir, 'p')
  files.forEach(([path, size], seed) => {
    mkdirSync(join(packet, path, '..'), { recursive: true })
    writeFileSync(join(packet, path), bytes(size, seed))
  })
  manifest = join(dir, 'p.sha256')
  const r = spawnSync('sha256sum', files.map(([path]) => path), { cwd: packet, encoding: 'utf8' })
  expect(r.status).toBe(0)
  writeFileSync(manifest, r.stdout)
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('bench/node-floor.mjs', () => {
  it('exits 0 when every file hashes to the manifest digest', () => {
    expect(runFloor()).toEqual({ status: 0, stderr: '' })
  })

  it.each(['a/one.dat', 'b/c/d/f3.dat', 'b/c/exact.dat', 'b/large.dat'])('exits 1 naming %s when one of its bytes differs (same size)', path => {
    const file = join(packet, path)
    const b = readFileSync(file)
    b[b.length - 1] ^= 1
    writeFileSync(file, b)
    const r = runFloor()
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`${path}: digest differs from the manifest`)
    expect(r.stderr).toContain('1 of 9 files failed or differ')
  })

  it('exits 1 when two files trade digests in the manifest (each digest checked against its own file)', () => {
    const lines = readFileSync(manifest, 'utf8').trimEnd().split('\n')
    const digest = (l: string) => l.slice(0, 64)
    const [x, y] = [2, 7]
    const swapped = lines.map((l, i) => (i === x ? digest(lines[y]) + l.slice(64) : i === y ? digest(lines[x]) + l.slice(64) : l))
    writeFileSync(manifest, swapped.join('\n') + '\n')
    const r = runFloor()
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`${files[x][0]}: digest differs`)
    expect(r.stderr).toContain(`${files[y][0]}: digest differs`)
  })

  it('keeps the fail-closed rules: a link to the same bytes, or a missing file, fails', () => {
    writeFileSync(join(packet, 'copy.dat'), readFileSync(join(packet, 'b/c/d/f2.dat')))
    rmSync(join(packet, 'b/c/d/f2.dat'))
    symlinkSync('../../../copy.dat', join(packet, 'b/c/d/f2.dat'))
    rmSync(join(packet, 'a/small.dat'))
    const r = runFloor()
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('b/c/d/f2.dat: cannot be opened: ELOOP')
    expect(r.stderr).toContain('a/small.dat: cannot be opened: ENOENT')
  })

  it('exits 2 on an empty or malformed manifest: nothing measured is never a pass', () => {
    writeFileSync(manifest, '')
    expect(runFloor().status).toBe(2)
    writeFileSync(manifest, `${'0'.repeat(63)}  a/one.dat\n`)
    expect(runFloor().status).toBe(2)
  })
})
