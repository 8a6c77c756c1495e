/**
 * Finding packets: every directory at or under a search root that holds a seal file. Links are
 * never followed; `.git` is never searched. Packets inside packets are found too (each is
 * verified on its own, and its files are also files of the enclosing packet: docs/seal-format.md,
 * section "Nested packets").
 */
import { lstat, readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { finding, type Finding } from './finding.js'
import { describeError } from './regular-file.js'
import { reportPath } from './repo-root.js'
import { UsageError } from './usage-error.js'

export interface Discovery {
  /** Absolute packet directories, sorted, without duplicates. */
  packets: string[]
  /** Places where packets might hide but could not be searched, or a seal file that is not a regular file. */
  problems: { path: string; message: string }[]
}

/** Discovery problems as run-level findings (`unsafe`), paths relative to `repoRoot`. */
export function discoveryFindings(problems: Discovery['problems'], repoRoot: string): Finding[] {
  return problems.map(p => finding('unsafe', reportPath(repoRoot, p.path), p.message))
}

export async function discoverPackets(roots: readonly string[], sealFileName: string): Promise<Discovery> {
  const packets = new Set<string>()
  const problems: Discovery['problems'] = []
  for (const root of roots) {
    let stat
    try {
      stat = await lstat(root)
    } catch (e) {
      throw new UsageError(`path ${JSON.stringify(root)} cannot be searched: ${describeError(e)}`)
    }
    if (stat.isSymbolicLink()) {
      problems.push({ path: root, message: 'search path is a symbolic link: links are never followed' })
      continue
    }
    if (stat.isFile() && basename(root) === sealFileName) {
      packets.add(dirname(root))
      continue
    }
    if (!stat.isDirectory()) throw new UsageError(`path ${JSON.stringify(root)} is not a directory or a seal file`)
    await walk(root, sealFileName, packets, problems)
  }
  return { packets: [...packets].sort(), problems }
}

async function walk(root: string, sealFileName: string, packets: Set<string>, problems: Discovery['problems']) {
  const pending = [root]
  while (pending.length > 0) {
    const dir = pending.pop() as string
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (e) {
      problems.push({ path: dir, message: `directory cannot be searched for packets: ${describeError(e)}` })
      continue
    }
    // A path is joined only for what is kept: most entries are files of packets, passed over.
    for (const entry of entries) {
      if (entry.name.includes('\ufffd')) {
        problems.push({ path: join(dir, entry.name), message: 'name is not valid UTF-8: not searched for packets' })
      } else if (entry.name === sealFileName) {
        // Checked before directories: a folder named like the seal file must not hide a packet.
        if (entry.isFile()) packets.add(dir)
        else problems.push({ path: join(dir, entry.name), message: 'seal file is not a regular file (links are never followed)' })
        if (entry.isDirectory()) pending.push(join(dir, entry.name))
      } else if (entry.isDirectory()) {
        if (entry.name !== '.git') pending.push(join(dir, entry.name))
      }
    }
  }
}
