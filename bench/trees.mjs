// The benchmark's trees, generated from a fixed seed so that every run hashes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A small, seeded generator of 32-bit values (xorshift32): the same sequence on every machine. */
export function generator(seed) {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x
  }
}

/** `bytes` pseudo-random bytes from `seed`. */
export function pool(bytes, seed) {
  const next = generator(seed)
  const words = new Uint32Array(Math.ceil(bytes / 4))
  for (let i = 0; i < words.length; i++) words[i] = next()
  return Buffer.from(words.buffer, 0, bytes)
}

/** `count` files of `mib` MiB each: pseudo-random bytes, each file different from the others. */
export function generateLarge(dir, count, mib) {
  mkdirSync(dir, { recursive: true })
  const size = mib * 2 ** 20
  const base = pool(size, 0x5ea1)
  for (let i = 0; i < count; i++) {
    base.writeUInt32LE(i, 0)
    base.writeUInt32LE(i, size - 4)
    writeFileSync(join(dir, `part-${String(i).padStart(3, '0')}.bin`), base)
  }
  return { name: 'large', title: `${count} files of ${mib} MiB`, dir, files: count, bytes: count * size }
}

/** `count` files of 100 B to 8 KiB spread over `folders` folders. */
export function generateSmall(dir, count, folders) {
  return generateMany(dir, count, folders, 100, 8192, 0x5a11, 'small', `${count} files of 100 B–8 KiB in ${folders} folders`)
}

/** `count` files of 0 to 64 bytes, 100 to a folder. */
export function generateTiny(dir, count) {
  const folders = Math.max(1, Math.ceil(count / 100))
  return generateMany(dir, count, folders, 0, 64, 0x7171, 'tiny', `${count} files of 0–64 B in ${folders} folders`)
}

function generateMany(dir, count, folders, min, max, seed, name, title) {
  const next = generator(seed)
  const source = pool(1 << 20, seed + 1)
  let bytes = 0
  for (let f = 0; f < folders; f++) mkdirSync(join(dir, `d${String(f).padStart(4, '0')}`), { recursive: true })
  for (let i = 0; i < count; i++) {
    const size = min + (next() % (max - min + 1))
    const offset = next() % (source.length - size)
    const folder = `d${String(i % folders).padStart(4, '0')}`
    writeFileSync(join(dir, folder, `f${String(i).padStart(6, '0')}.dat`), source.subarray(offset, offset + size))
    bytes += size
  }
  return { name, title, dir, files: count, bytes }
}

/**
 * `count` JSON reports of about `mib` MiB each, as evidence packets hold them: an array of records
 * with non-ASCII text, pretty-printed; every fourth names the packet's own schema in `$schema`, so
 * that the JSON step both checks files and validates some against a schema.
 */
export function generateJson(dir, count, mib) {
  mkdirSync(dir, { recursive: true })
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['rows'],
    properties: {
      rows: {
        type: 'array',
        items: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'integer' }, status: { enum: ['PASS', 'FAIL'] } } }
      }
    }
  }
  writeFileSync(join(dir, 'report.schema.json'), JSON.stringify(schema, null, 2) + '\n')
  const next = generator(0x150)
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const rows = []
    let size = 0
    while (size < mib * 2 ** 20) {
      const row = { id: rows.length, status: next() % 7 === 0 ? 'FAIL' : 'PASS', score: (next() % 100000) / 1000, note: `run ${next() % 1000} — café “ok”` }
      rows.push(row)
      size += 110
    }
    const report = i % 4 === 0 ? { $schema: 'report.schema.json', rows } : { rows }
    const text = JSON.stringify(report, null, 2) + '\n'
    writeFileSync(join(dir, `report-${String(i).padStart(3, '0')}.json`), text)
    bytes += Buffer.byteLength(text)
  }
  return { name: 'json', title: `${count} JSON reports of about ${mib} MiB`, dir, files: count + 1, bytes }
}

/** A packet like a real evidence packet: a few small text files. */
export function generateOnePacket(dir) {
  mkdirSync(join(dir, 'scripts'), { recursive: true })
  writeFileSync(join(dir, 'report.md'), '# Report — rehearsal\n\nStatus: READY.\n')
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ status: 'READY', note: 'café “quoted”' }, null, 2) + '\n')
  writeFileSync(join(dir, 'provenance.json'), JSON.stringify({ source: 'bench' }) + '\n')
  writeFileSync(join(dir, 'scripts', 'commands.sh'), '#!/bin/sh\necho PASS\n')
  writeFileSync(join(dir, 'scripts', 'RERUN.sh'), '#!/bin/sh\necho PASS\n')
  return dir
}
