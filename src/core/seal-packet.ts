/**
 * Writing a seal (`seal-gate seal DIR`): lists the packet, refuses anything that verification
 * would refuse (links, special files, unsafe or colliding names), hashes every file and writes
 * the canonical seal file atomically (a temporary file renamed over the old one).
 */
import { rename, writeFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { FsSource } from './fs-source.js'
import { mapLimit } from './map-limit.js'
import { collisionKey, compareBytewise } from './paths.js'
import { canonicalSealText, DEFAULT_SEAL_FILE, type Seal, type SealEntry } from './seal-file.js'
import { treeHash } from './tree-hash.js'

export class SealRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`refused to seal: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`)
    this.name = 'SealRefused'
  }
}

/** Builds the seal of the packet at `dir` (absolute) without writing it. */
export async function buildSeal(dir: string, sealFileName = DEFAULT_SEAL_FILE, source = new FsSource()): Promise<Seal> {
  const listing = await source.list(dir, sealFileName)
  const problems = listing.problems.map(p => `${p.path}: ${p.message}`)
  const keys = new Map<string, string>()
  for (const f of listing.files) {
    const other = keys.get(collisionKey(f.path))
    if (other !== undefined) problems.push(`${f.path}: collides with ${other} under case folding or Unicode normalization`)
    keys.set(collisionKey(f.path), f.path)
  }
  if (problems.length > 0) throw new SealRefused(problems)
  const paths = listing.files.map(f => f.path).sort(compareBytewise)
  const files: SealEntry[] = await mapLimit(paths, 8, async path => ({ path, ...(await source.digest(join(dir, path))) }))
  return { seal: 1, algorithm: 'sha256', tree: treeHash(files), files }
}

/** Writes or refreshes `dir/<sealFileName>`; returns the seal written. */
export async function sealPacket(dir: string, sealFileName = DEFAULT_SEAL_FILE): Promise<Seal> {
  const seal = await buildSeal(dir, sealFileName)
  const target = join(dir, sealFileName)
  const temp = `${target}.${process.pid}.tmp`
  try {
    await writeFile(temp, canonicalSealText(seal), { flag: 'wx' })
    await rename(temp, target)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
  return seal
}
