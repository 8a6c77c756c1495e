// Command-line flags of the benchmark (bench/run.mjs).
export const USAGE = `Usage: node bench/run.mjs [flags]
  --quick              small trees and 3 runs: a smoke run of a few seconds
  --runs N             timed runs per command (default 5; medians are reported)
  --only LIST          comma-separated subset of large,small,tiny,json,cold,pr,gitsmall,gittiny,
                       gitlarge
                       (default: all but gittiny and gitlarge); gitNAME verifies tree NAME committed to
                       git, --source git against --source worktree
  --large-files N      files in the large tree (default 64)
  --large-mib N        MiB per large file (default 16)
  --small-files N      files in the small tree, 100 B to 8 KiB each (default 20000)
  --small-folders N    folders of the small tree (default 100)
  --tiny-files N       files in the tiny tree, 0 to 64 bytes each (default 100000)
  --json-files N       files in the json tree (default 128)
  --json-mib N         MiB per JSON file (default 1)
  --pr-packets N       packets in the pull-request repository (default 1000)
  --pr-files N         files per packet there (default 10)
  --pr-file-kib N      largest file there, in KiB: files are 100 B to N KiB (default 8)
  --timeout S          seconds before one command is abandoned (default 300)
  --tmp DIR            where the temporary trees go (default: the system temp folder)
  --out FILE           also write the Markdown report to FILE
  --keep               keep the temporary trees (their folder is printed)
`

const PARTS = ['large', 'small', 'tiny', 'json', 'cold', 'pr', 'gitsmall', 'gittiny', 'gitlarge']

const NUMERIC = {
  '--runs': 'runs',
  '--large-files': 'largeFiles',
  '--large-mib': 'largeMiB',
  '--small-files': 'smallFiles',
  '--small-folders': 'smallFolders',
  '--tiny-files': 'tinyFiles',
  '--json-files': 'jsonFiles',
  '--json-mib': 'jsonMiB',
  '--pr-packets': 'prPackets',
  '--pr-files': 'prFiles',
  '--pr-file-kib': 'prFileKiB',
  '--timeout': 'timeoutSeconds'
}

export function parseBenchArgs(argv) {
  const options = {
    runs: 5,
    largeFiles: 64,
    largeMiB: 16,
    smallFiles: 20000,
    smallFolders: 100,
    tinyFiles: 100000,
    jsonFiles: 128,
    jsonMiB: 1,
    prPackets: 1000,
    prFiles: 10,
    prFileKiB: 8,
    timeoutSeconds: 300,
    only: new Set(['large', 'small', 'tiny', 'json', 'cold', 'pr', 'gitsmall']),
    out: null,
    tmp: null,
    keep: false,
    help: false
  }
  const explicit = new Set()
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`)
      return argv[++i]
    }
    if (flag === '--quick') options.quick = true
    else if (flag === '--keep') options.keep = true
    else if (flag === '--help' || flag === '-h') options.help = true
    else if (flag === '--out') options.out = value()
    else if (flag === '--tmp') options.tmp = value()
    else if (flag === '--only') {
      const names = value().split(',').filter(Boolean)
      for (const n of names) if (!PARTS.includes(n)) throw new Error(`--only: unknown part ${n}`)
      options.only = new Set(names)
    } else if (flag in NUMERIC) {
      const v = value()
      if (!/^\d+$/.test(v) || Number(v) < (flag === '--runs' || flag === '--pr-file-kib' || flag === '--json-mib' ? 1 : 0)) throw new Error(`${flag} takes a whole number, not ${v}`)
      options[NUMERIC[flag]] = Number(v)
      explicit.add(NUMERIC[flag])
    } else throw new Error(`unknown flag ${flag}\n${USAGE}`)
  }
  if (options.quick) {
    const quick = { runs: 3, largeFiles: 8, largeMiB: 8, smallFiles: 2000, smallFolders: 20, tinyFiles: 5000, jsonFiles: 8, jsonMiB: 1, prPackets: 100 }
    for (const [k, v] of Object.entries(quick)) if (!explicit.has(k)) options[k] = v
  }
  if (options.smallFolders < 1) options.smallFolders = 1
  return options
}
