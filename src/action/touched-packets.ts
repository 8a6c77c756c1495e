/**
 * Which packets a change touched. Pure: paths in, packet directories out.
 *
 * Every path is relative to the top of the repository, '/'-separated; a packet directory is '.'
 * for the repository root. A packet is touched when a changed path is its directory's seal file
 * or lies anywhere under its directory (so a change inside a nested packet touches the packet
 * that holds it too, since its files are also files of the outer packet).
 */

export interface Touch {
  /** Packet directories touched by the change, in the order given. */
  touched: string[]
  /**
   * Seal files the change touched that belong to no packet found now: the packet was deleted,
   * its seal removed or renamed, or it lies outside the search paths. The caller tells which.
   */
  orphanSeals: string[]
}

export function isUnder(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`)
}

export function touchedPackets(packetDirs: readonly string[], changed: readonly string[], sealFile: string): Touch {
  const touched = packetDirs.filter(dir => changed.some(path => isUnder(path, dir)))
  const known = new Set(packetDirs)
  const orphanSeals = changed.filter(path => {
    const slash = path.lastIndexOf('/')
    const name = path.slice(slash + 1)
    const dir = slash < 0 ? '.' : path.slice(0, slash)
    return name === sealFile && !known.has(dir)
  })
  return { touched, orphanSeals }
}
