/** Test helpers: temporary packets on disk, sealed by seal-gate or independently by coreutils. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export function tempDir(prefix = 'seal-gate-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Writes `files` (path -> content) under `dir`, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
}

/** A small packet like the seed's: reports with non-ASCII text, JSON, scripts. */
export const SAMPLE_PACKET: Record<string, string> = {
  'report.md': '# Rehearsal report — clone leg\n\nStatus: READY_NOT_APPLIED — no clone available.\nQuotes: “as delivered” and ‘single’.\nCafé, naïve, 温度.\n',
  'report.json':
    JSON.stringify({ title: 'Rehearsal — clone leg', status: 'READY_NOT_APPLIED', note: 'naïve café “quoted”' }, null, 2) + '\n',
  'provenance/clone-provenance.json': JSON.stringify({ operator_input: 'production-shaped DB dump clone — isolated' }, null, 2) + '\n',
  'scripts/commands.sh': '#!/bin/sh\nset -eu\necho "OVERALL PASS"\n',
  'scripts/RERUN.sh': '#!/bin/sh\necho "PASS/MATCH"\n'
}

/**
 * Seals `dir` without seal-gate: sha256sum for digests and the tree, stat for lengths, Python's
 * json module for the canonical text. An independent implementation of docs/seal-format.md.
 */
export function sealWithCoreutils(dir: string, sealFile = 'seal.json'): void {
  const script = `
set -eu
cd "$1"
list=$(find . -type f ! -path "./$2" -printf '%P\\n' | LC_ALL=C sort)
tree=$(printf '%s\\n' "$list" | xargs -d '\\n' sha256sum | sha256sum | cut -d' ' -f1)
printf '%s\\n' "$list" | xargs -d '\\n' sha256sum > "$3/sums"
printf '%s\\n' "$list" | xargs -d '\\n' stat -c '%s' > "$3/sizes"
python3 -c '
import json, sys
sums = open(sys.argv[1] + "/sums", encoding="utf-8").read().splitlines()
sizes = open(sys.argv[1] + "/sizes").read().split()
files = [{"path": s[66:], "sha256": s[:64], "bytes": int(n)} for s, n in zip(sums, sizes)]
seal = {"seal": 1, "algorithm": "sha256", "tree": sys.argv[2], "files": files}
open(sys.argv[3], "w", encoding="utf-8", newline="\\n").write(json.dumps(seal, indent=2, ensure_ascii=False) + "\\n")
' "$3" "$tree" "$2"
`
  const work = tempDir('seal-gate-coreutils-')
  execFileSync('bash', ['-c', script, 'seal', dir, sealFile, work], { stdio: ['ignore', 'ignore', 'inherit'] })
}

/** The tree hash that coreutils computes over the files of `dir`. */
export function coreutilsTree(dir: string, sealFile = 'seal.json'): string {
  return execFileSync(
    'bash',
    ['-c', `cd "$1" && find . -type f ! -path "./$2" -printf '%P\\n' | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum | cut -d' ' -f1`, 'tree', dir, sealFile],
    { encoding: 'utf8' }
  ).trim()
}
