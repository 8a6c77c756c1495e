// `npm start`: verifies the example packet, then a copy of it drifted the ways bytes drift in
// practice, and shows seal-gate failing with the causes. Uses the committed bundle dist/cli.js.
// Exits 0 when both behaved as they must (the clean packet passed, the drifted copy failed).
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const cli = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'dist', 'cli.js')
const packet = 'examples/fix7-clone-rehearsal-packet'

function seal_gate(args, cwd) {
  console.log(`\n$ seal-gate ${args.join(' ')}${cwd ? `   (in ${cwd})` : ''}`)
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, stdio: 'inherit' })
  console.log(`exit ${r.status}`)
  return r.status
}

const clean = seal_gate(['verify', 'examples'])

const work = mkdtempSync(join(tmpdir(), 'seal-gate-demo-'))
const copy = join(work, 'drifted-packet')
cpSync(packet, copy, { recursive: true })
const edit = (path, fn) => writeFileSync(join(copy, path), fn(readFileSync(join(copy, path))))
const text = b => b.toString('utf8')
console.log(`\nDrifting a copy in ${copy}:`)
console.log('  report.md            an em dash "fixed" into a hyphen on line 3')
edit('report.md', b => text(b).replace('**READY_NOT_APPLIED** —', '**READY_NOT_APPLIED** -'))
console.log('  report.json          re-encoded with \\uXXXX escapes, as json.dumps(ensure_ascii=True) does')
edit('report.json', b => text(b).replace(/[^\x00-\x7f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
console.log('  scripts/commands.sh  CRLF line endings, as a Windows checkout writes them')
edit('scripts/commands.sh', b => text(b).replace(/\n/g, '\r\n'))
console.log('  current-state.md     a byte order mark, as some editors add')
edit('current-state.md', b => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]))
console.log('  decisions/checkpoint.md deleted')
unlinkSync(join(copy, 'decisions/checkpoint.md'))
const drifted = seal_gate(['verify', '.'], copy)
rmSync(work, { recursive: true, force: true })

const good = clean === 0 && drifted === 1
console.log(`\n${good ? 'As expected: the sealed packet passes, the drifted copy fails with its causes.' : 'UNEXPECTED: see above.'}`)
process.exit(good ? 0 : 1)
