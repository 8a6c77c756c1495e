#!/usr/bin/env node
// The Node floor of the benchmark (docs/performance.md): the least a Node program that keeps
// seal-gate's fail-closed per-file rules pays on this machine to hash a tree. Not a verifier: it
// lists nothing, reads no seal, builds no report, and imports nothing from src/ (it measures Node,
// not seal-gate).
//
//   node bench/node-floor.mjs MANIFEST        # inside the packet directory
//
// MANIFEST is the bench's `sha256sum -c` manifest (`<64 hex>  <path>` a line; the bench's own
// generated names, so no escaped names). Its lines are dealt out in equal interleaved shares
// (line i to thread i mod n) to one worker thread per available core: one message with the share's
// lines to each thread, one reply from each; no pool, no batches. Each thread does per file exactly
// the system calls of seal-gate's hashing (`hashRaw` in src/core/hash-worker.ts): open with
// O_RDONLY|O_NOFOLLOW|O_NONBLOCK, fstat (a regular file only), reads of at most 1 MiB into one
// reused buffer until a first short read equals the size (or end of file), sha256 of the bytes,
// fstat again (size and mtime must not have moved, the length read must equal the size), close.
// Threads are started the way seal-gate starts its own: from source text, as CommonJS.
//
// So that it can never be a no-op, it checks its own work: each thread compares every digest it
// computes with the manifest's (64 hex digits decoded into 32 bytes and compared: well under a
// microsecond a file, against the open, two fstats, read and close) and replies with the lines
// that failed or differ; any such line exits 1 (2: bad usage or manifest). That check stays in
// the measure, and so does the main thread's reading, splitting and dealing of the manifest
// (about 50 ms for the 100,000 lines of the tiny tree, 2 cores, while the threads boot: they
// are started before the manifest is read).
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

const CHUNK = 1 << 20

/** A thread: hashes the NUL-separated paths of its one message, replies once. CommonJS source. */
function floorThread(require, chunkSize) {
  const fs = require('node:fs')
  const crypto = require('node:crypto')
  const { parentPort } = require('node:worker_threads')
  const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK
  const buffer = Buffer.allocUnsafe(chunkSize)

  /** The file's sha256 (32 bytes), or a string saying why there is none. */
  function hash(path) {
    let fd
    try {
      fd = fs.openSync(path, flags)
    } catch (e) {
      return `cannot be opened: ${e.code ?? e.message}`
    }
    try {
      const before = fs.fstatSync(fd)
      if (!before.isFile()) return 'not a regular file'
      let hasher = null
      let digest = null
      let total = 0
      for (;;) {
        const n = fs.readSync(fd, buffer, 0, buffer.length, total)
        const piece = n === buffer.length ? buffer : buffer.subarray(0, n)
        if (total === 0 && n < buffer.length && n === before.size) {
          total = n
          digest = crypto.createHash('sha256').update(piece).digest()
          break
        }
        if (n === 0) break
        hasher ??= crypto.createHash('sha256')
        hasher.update(piece)
        total += n
      }
      if (hasher !== null) digest = hasher.digest()
      else digest ??= crypto.createHash('sha256').digest()
      const after = fs.fstatSync(fd)
      if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) return 'changed while it was read'
      return digest
    } catch (e) {
      return `cannot be read: ${e.code ?? e.message}`
    } finally {
      fs.closeSync(fd)
    }
  }

  // One message: the share's manifest lines, joined by '\n'. One reply: how many there were, and
  // every line whose file failed, differs from its digest, or is not `<64 hex>  <path>`.
  parentPort.once('message', joined => {
    const lines = joined === '' ? [] : joined.split('\n')
    const expected = Buffer.alloc(32)
    const wrong = []
    lines.forEach((line, k) => {
      // Hex decoding stops at the first character that is not hex: 32 bytes are 64 hex digits. A
      // name that sha256sum escapes starts with '\': the bench's names never do.
      if (line.length < 67 || line.charCodeAt(64) !== 32 || line.charCodeAt(65) !== 32 || line[66] === '\\' || expected.write(line, 0, 32, 'hex') !== 32) {
        wrong.push({ k, malformed: true, reason: 'is not "<64 hex>  <path>"' })
        return
      }
      const outcome = hash(line.slice(66))
      if (typeof outcome === 'string') wrong.push({ k, reason: outcome })
      else if (!expected.equals(outcome)) wrong.push({ k, reason: 'digest differs from the manifest' })
    })
    parentPort.postMessage({ count: lines.length, wrong })
  })
}

function fail(code, message) {
  process.stderr.write(`node-floor: ${message}\n`)
  process.exit(code)
}

const args = process.argv.slice(2)
if (args.length !== 1) fail(2, 'usage: node bench/node-floor.mjs MANIFEST (inside the packet directory)')

// The threads start first, so that they boot while the main thread reads the manifest.
const threads = availableParallelism()
const source = `(${floorThread.toString()})(require, ${CHUNK})\n`
const replies = Array.from({ length: threads }, (_, t) => {
  const worker = new Worker(source, { eval: true })
  const reply = new Promise((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', code => reject(new Error(`thread ${t} exited with code ${code} before replying`)))
  })
  return { worker, reply }
})

const lines = readFileSync(args[0], 'utf8').split('\n')
if (lines.at(-1) === '') lines.pop()
if (lines.length === 0) fail(2, `${args[0]}: no files, nothing would be measured`)
replies.forEach(({ worker }, t) => {
  const share = []
  for (let i = t; i < lines.length; i += threads) share.push(lines[i])
  worker.postMessage(share.join('\n'))
})

let results
try {
  results = await Promise.all(replies.map(r => r.reply))
} catch (e) {
  fail(1, e.message)
}
let malformed = false
let wrong = 0
const say = text => {
  if (++wrong <= 10) process.stderr.write(`node-floor: ${text}\n`)
}
results.forEach(({ count, wrong: theirs }, t) => {
  if (count !== Math.ceil(Math.max(0, lines.length - t) / threads)) return say(`thread ${t} answered for ${count} lines, not its share`)
  for (const { k, reason, malformed: bad } of theirs) {
    const i = t + k * threads
    malformed ||= bad === true
    say(bad ? `${args[0]}: line ${i + 1} ${reason}` : `${lines[i].slice(66)}: ${reason}`)
  }
})
if (malformed) fail(2, `${args[0]}: not a manifest of the bench`)
if (wrong > 0) fail(1, `${wrong} of ${lines.length} files failed or differ`)
