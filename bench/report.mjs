// The benchmark's Markdown report: one table per tree, then the targets of docs/performance.md.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const s = v => v.toFixed(3)
/** A table cell: a '|' in a command would end the cell. */
const cell = text => String(text).replaceAll('|', '\\|')
const mib = kib => (kib === null ? 'n/a' : (kib / 1024).toFixed(1))
const mbps = (bytes, seconds) => (bytes / seconds / 1e6).toFixed(0)

export function renderReport({ machine, scenarios, gitRows = [], cold, pr, runs, nproc, fullSize }) {
  const out = []
  out.push('## seal-gate benchmark', '')
  out.push(`- Machine: ${machine.nproc} cores (nproc), ${machine.cpuModel}, SHA-NI: ${machine.shaNi}`)
  out.push(`- Node ${machine.node}; ${machine.openssl}; ${machine.sha256sum}`)
  out.push(
    `- Load average: ${machine.loadBefore.toFixed(2)} before the run, ${machine.loadAfter.toFixed(2)} at its end` +
      (machine.loaded ? ' — **the machine was loaded by other work: timings are noisy**' : ' (quiet before the run)')
  )
  out.push(`- ${runs} timed runs per command after one untimed warm-up; all runs are warm-cache (caches are never dropped). Times are wall-clock medians.`)
  out.push(`- Peak RSS: ${machine.rssSource}, the largest over all runs. CPU: median user+system seconds of the command and its children (less sensitive to other load than wall time).`)
  out.push('')
  const ratios = {}
  const medians = {}
  for (const sc of scenarios) {
    const mine = sc.results.find(r => r.id === 'seal-gate')
    out.push(`### ${sc.title} (${(sc.bytes / 2 ** 20).toFixed(1)} MiB in ${sc.files} files; sealing took ${s(sc.sealSeconds)} s)`, '')
    out.push('| command | median (s) | min–max (s) | throughput (MB/s) | CPU user+sys (s) | peak RSS (MiB) | seal-gate ÷ this |')
    out.push('|---|---:|---:|---:|---:|---:|---:|')
    for (const r of sc.results) {
      const ratio = r.id === 'seal-gate' ? '1.00' : (mine.median / r.median).toFixed(2)
      ratios[`${sc.name}/${r.id}`] = mine.median / r.median
      medians[`${sc.name}/${r.id}`] = r.median
      out.push(`| ${cell(r.label)} | ${s(r.median)} | ${s(r.min)}–${s(r.max)} | ${mbps(sc.bytes, r.median)} | ${r.cpu === null ? 'n/a' : s(r.cpu)} | ${mib(r.peakRssKiB)} | ${ratio} |`)
    }
    out.push('')
  }
  for (const sc of gitRows) {
    out.push(`### source git: ${sc.name} (${sc.files} files, ${(sc.bytes / 2 ** 20).toFixed(1)} MiB) committed, working tree equal to the commit`, '')
    out.push('| command | median (s) | min–max (s) | CPU user+sys (s) | peak RSS (MiB) |', '|---|---:|---:|---:|---:|')
    for (const r of sc.results) out.push(`| ${cell(r.label)} | ${s(r.median)} | ${s(r.min)}–${s(r.max)} | ${r.cpu === null ? 'n/a' : s(r.cpu)} | ${mib(r.peakRssKiB)} |`)
    const [disk, git] = sc.results
    const perFile = v => ((v / sc.files) * 1e6).toFixed(1)
    out.push('', `Per file: ${perFile(git.median)} µs from the commit against ${perFile(disk.median)} µs from the disk (wall time of the whole command${git.cpu !== null && disk.cpu !== null ? `; CPU ${perFile(git.cpu)} against ${perFile(disk.cpu)} µs` : ''}).`, '')
  }

  if (cold) {
    out.push(`### Cold start (${cold.runs} runs each)`, '')
    out.push('| command | median (s) | min–max (s) | peak RSS (MiB) |', '|---|---:|---:|---:|')
    for (const r of [cold.node, cold.verify]) out.push(`| ${cell(r.label)} | ${s(r.median)} | ${s(r.min)}–${s(r.max)} | ${mib(r.peakRssKiB)} |`)
    out.push('', `seal-gate verify costs ${((cold.verify.median - cold.node.median) * 1000).toFixed(0)} ms more than \`node -e 0\`.`, '')
  }

  if (pr) {
    out.push(`### Pull request: 1 packet changed of ${pr.packets} (${pr.files} files of 100 B to ${pr.fileKiB} KiB, ${(pr.bytes / 2 ** 20).toFixed(1)} MiB, in git)`, '')
    out.push('| command | median (s) | min–max (s) | CPU user+sys (s) | peak RSS (MiB) |', '|---|---:|---:|---:|---:|')
    for (const r of pr.results) out.push(`| ${cell(r.label)} | ${s(r.median)} | ${s(r.min)}–${s(r.max)} | ${r.cpu === null ? 'n/a' : s(r.cpu)} | ${mib(r.peakRssKiB)} |`)
    const [changed, all, fixed] = pr.results
    out.push('', `Scope changed costs ${((changed.median / all.median) * 100).toFixed(1)} % of scope all in wall time${changed.cpu !== null && all.cpu ? `, ${((changed.cpu / all.cpu) * 100).toFixed(1)} % in CPU` : ''}.`)
    if (fixed) {
      // What grows with the repository: each run less what a run costs on a repository of one packet.
      const grows = (changed.median - fixed.median) / (all.median - fixed.median)
      out.push(
        `A run on a repository of one packet costs ${s(fixed.median)} s: over that fixed cost, scope changed adds ${s(changed.median - fixed.median)} s ` +
          `and scope all ${s(all.median - fixed.median)} s (${(grows * 100).toFixed(1)} %).`
      )
    }
    out.push('')
  }

  const targets = []
  const target = (what, value, limit, shown, floor = null) => targets.push({ what, value, limit, shown, floor, ok: value <= limit })
  // The same ratio for the Node floor (bench/node-floor.mjs) against the same peer, where measured.
  const floorOver = (tree, peer) => (medians[`${tree}/node-floor`] === undefined ? null : medians[`${tree}/node-floor`] / medians[`${tree}/${peer}`])
  if (ratios['large/sha256sum-c'] !== undefined) {
    target('large files: seal-gate ÷ sha256sum -c', ratios['large/sha256sum-c'], 0.15, v => v.toFixed(2), floorOver('large', 'sha256sum-c'))
    target('large files: seal-gate ÷ sequential openssl dgst', ratios['large/openssl'], 0.6, v => v.toFixed(2), floorOver('large', 'openssl'))
  }
  if (ratios['small/xargs-sha256sum'] !== undefined) {
    target(`small files: seal-gate ÷ find | xargs -P${nproc} sha256sum`, ratios['small/xargs-sha256sum'], 1.0, v => v.toFixed(2), floorOver('small', 'xargs-sha256sum'))
  }
  const rss = scenarios.flatMap(sc => sc.results.filter(r => r.id.startsWith('seal-gate')).map(r => r.peakRssKiB)).filter(v => v !== null)
  if (rss.length > 0) target('peak RSS of seal-gate verify, any tree (MiB)', Math.max(...rss) / 1024, 150, v => v.toFixed(1))
  if (cold) target('cold start: seal-gate verify − node -e 0 (ms)', (cold.verify.median - cold.node.median) * 1000, 250, v => v.toFixed(0))
  if (pr) {
    const [changed, all] = pr.results
    target(`pull_request touching 1 packet of ${pr.packets}: scope changed ÷ scope all`, changed.median / all.median, 0.05, v => v.toFixed(3))
  }
  if (targets.length > 0) {
    out.push('### Targets', '')
    if (!fullSize) out.push('_Smaller trees than the targets are defined on (a smoke run): the verdicts below do not count._', '')
    out.push('| target | measured | Node floor | limit | |', '|---|---:|---:|---:|---|')
    for (const t of targets) {
      out.push(`| ${cell(t.what)} | ${t.shown(t.value)} | ${t.floor === null ? '—' : t.shown(t.floor)} | ${t.shown(t.limit)} | ${t.ok ? 'meets' : '**misses**'} |`)
    }
    if (targets.some(t => t.floor !== null)) {
      out.push(
        '',
        'Node floor: the same ratio for bench/node-floor.mjs, which does only the per-file system calls and sha256 of ' +
          "seal-gate's hashing rules, on every core, and nothing else. A limit below the floor is below what Node reached " +
          'here with those rules; the distance from measured to floor is what seal-gate spends beyond them (listing, seal, comparison, report).'
      )
    }
    out.push('')
  }
  out.push('Commands (each run inside the packet directory):', '')
  const seen = new Set()
  for (const sc of [...scenarios, ...gitRows, ...(pr ? [pr] : [])]) {
    for (const r of sc.results) {
      if (seen.has(r.id)) continue
      seen.add(r.id)
      out.push(`- ${r.label}: \`${r.shown}\``)
    }
  }
  out.push('')
  return out.join('\n')
}
