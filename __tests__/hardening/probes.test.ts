/**
 * Bad-input probes, end to end through the CLI run as its own process. The author of a pull
 * request controls every byte, name and file type in a packet; each probe below is one such
 * input, and each must fail closed: exit 1 or 2, exactly one line naming what is wrong and where,
 * no stack trace, no hang, and nothing written to the repository.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { tempDir, writeTree } from '../helpers/packets.js'
import {
  BASE,
  baseEntries,
  bundleCli,
  entryOf,
  expectFailClosed,
  runCli,
  sealText,
  snapshot,
  tempRepo,
  treeOf,
  writeBasePacket,
  type Entry
} from './harness.js'

let cli: string
beforeAll(async () => {
  cli = await bundleCli()
}, 60_000)

const HEX = 'a'.repeat(64)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The CLI's line for a finding of `kind` on `file` whose message matches `message`. */
const line = (kind: string, file: string, message: string) =>
  new RegExp(`^  ${kind} +${escape(file)}(:\\d+)*( \\[[^\\]]*\\])?: .*${message}`)

interface Probe {
  name: string
  /** Builds the bad input inside the repository `root`; the base packet is at root/p. */
  setup: (packet: string, root: string) => void
  /** The one line that must say what is wrong and where. */
  expect: RegExp
  args?: string[]
  code?: 1 | 2
  nobody?: boolean
}

const seal = (packet: string) => join(packet, 'seal.json')
const writeSeal = (text: string | Uint8Array) => (packet: string) => writeFileSync(seal(packet), text)
/** The base seal as a plain object, changed by `edit`, written in the canonical layout. */
const editSeal = (edit: (s: Record<string, any>) => void) => (packet: string) => {
  const value = JSON.parse(readFileSync(seal(packet), 'utf8'))
  edit(value)
  writeFileSync(seal(packet), JSON.stringify(value, null, 2) + '\n')
}
/** A canonical seal over the base files plus `extra` entries (sorted in byte order unless told). */
const sealWith = (extra: Entry[], sort = true) => (packet: string) => {
  const entries = [...baseEntries(), ...extra]
  if (sort) entries.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
  writeFileSync(seal(packet), sealText(entries))
}
const fake = (path: string): Entry => ({ path, sha256: HEX, bytes: 1 })
const SEAL = 'p/seal.json'

const sealFileProbes: Probe[] = [
  { name: 'seal.json missing (the seal file named on the command line)', setup: p => unlinkSync(seal(p)), args: ['verify', 'p/seal.json'], code: 2, expect: /^seal-gate: path .*p\/seal\.json" cannot be searched: ENOENT$/ },
  { name: 'seal.json missing (a folder of files with no seal: nothing to verify)', setup: p => unlinkSync(seal(p)), expect: line('no-packets', '.', 'no packet found') },
  { name: 'seal.json empty', setup: writeSeal(''), expect: line('seal', SEAL, 'seal file is empty') },
  { name: 'seal.json only whitespace', setup: writeSeal('  \n\t\n'), expect: line('seal', SEAL, 'not JSON') },
  { name: 'seal.json not JSON', setup: writeSeal('seal: 1\nfiles: []\n'), expect: line('seal', SEAL, 'not JSON') },
  { name: 'seal.json truncated mid-way', setup: p => writeFileSync(seal(p), readFileSync(seal(p)).subarray(0, 100)), expect: line('seal', SEAL, 'not JSON') },
  { name: 'seal.json with a UTF-8 BOM', setup: p => writeFileSync(seal(p), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(seal(p))])), expect: line('seal', `${SEAL}:1`, 'byte order mark') },
  { name: 'seal.json in UTF-16LE', setup: p => writeFileSync(seal(p), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(seal(p), 'utf8'), 'utf16le')])), expect: line('seal', SEAL, 'not valid UTF-8') },
  { name: 'seal.json with an invalid UTF-8 byte in a path', setup: p => writeFileSync(seal(p), Buffer.from(readFileSync(seal(p), 'latin1').replace('a.txt', 'a\u00ff.txt'), 'latin1')), expect: line('seal', SEAL, 'not valid UTF-8') },
  { name: 'duplicate key "seal"', setup: p => writeFileSync(seal(p), readFileSync(seal(p), 'utf8').replace('"seal": 1,', '"seal": 1,\n  "seal": 1,')), expect: line('seal', `${SEAL}:3`, 'not in canonical form') },
  { name: 'duplicate key "files" whose last value is empty', setup: p => writeFileSync(seal(p), readFileSync(seal(p), 'utf8').replace(/\n}\n$/, ',\n  "files": []\n}\n')), expect: line('seal', SEAL, 'not in canonical form') },
  { name: 'top level is an array', setup: writeSeal('[]\n'), expect: line('seal', SEAL, 'must hold a JSON object') },
  { name: 'top level is null', setup: writeSeal('null\n'), expect: line('seal', SEAL, 'must hold a JSON object') },
  { name: 'version is the string "1"', setup: editSeal(s => (s.seal = '1')), expect: line('seal', `${SEAL}:2`, 'unknown seal format version "1"') },
  { name: 'version missing', setup: editSeal(s => delete s.seal), expect: line('seal', SEAL, 'unknown seal format version \\(none\\)') },
  { name: 'unknown version 2', setup: editSeal(s => (s.seal = 2)), expect: line('seal', `${SEAL}:2`, 'unknown seal format version 2') },
  { name: 'unknown algorithm sha512', setup: editSeal(s => (s.algorithm = 'sha512')), expect: line('seal', `${SEAL}:3`, 'unknown algorithm "sha512"') },
  { name: 'algorithm in upper case', setup: editSeal(s => (s.algorithm = 'SHA256')), expect: line('seal', `${SEAL}:3`, 'unknown algorithm "SHA256"') },
  { name: 'files is an object', setup: editSeal(s => (s.files = {})), expect: line('seal', SEAL, '/files: must be array') },
  { name: 'bytes is a string', setup: editSeal(s => (s.files[0].bytes = '6')), expect: line('seal', SEAL, '/files/0/bytes: must be integer') },
  { name: 'sha256 is a number', setup: editSeal(s => (s.files[0].sha256 = 1)), expect: line('seal', SEAL, '/files/0/sha256: must be string') },
  { name: 'path is null', setup: editSeal(s => (s.files[0].path = null)), expect: line('seal', SEAL, '/files/0/path: must be string') },
  { name: 'tree missing', setup: editSeal(s => delete s.tree), expect: line('seal', SEAL, "must have required property 'tree'") },
  { name: 'negative byte count', setup: editSeal(s => (s.files[0].bytes = -6)), expect: line('seal', SEAL, '/files/0/bytes: must be >= 0') },
  { name: 'fractional byte count', setup: editSeal(s => (s.files[0].bytes = 5.5)), expect: line('seal', SEAL, '/files/0/bytes: must be integer') },
  { name: 'byte count 2^60', setup: p => writeFileSync(seal(p), readFileSync(seal(p), 'utf8').replace('"bytes": 6', `"bytes": ${2n ** 60n}`)), expect: line('seal', SEAL, '/files/0/bytes: must be <= 9007199254740991') },
  { name: 'byte count spelled 6.0', setup: p => writeFileSync(seal(p), readFileSync(seal(p), 'utf8').replace('"bytes": 6', '"bytes": 6.0')), expect: line('seal', SEAL, 'not in canonical form') },
  { name: 'byte count spelled 6e0', setup: p => writeFileSync(seal(p), readFileSync(seal(p), 'utf8').replace('"bytes": 6', '"bytes": 6e0')), expect: line('seal', SEAL, 'not in canonical form') },
  { name: 'upper-case hex digest', setup: editSeal(s => (s.files[0].sha256 = s.files[0].sha256.toUpperCase())), expect: line('seal', SEAL, '/files/0/sha256: must match pattern') },
  { name: 'short hex digest (63 digits)', setup: editSeal(s => (s.files[0].sha256 = s.files[0].sha256.slice(1))), expect: line('seal', SEAL, '/files/0/sha256: must match pattern') },
  { name: 'upper-case tree', setup: editSeal(s => (s.tree = s.tree.toUpperCase())), expect: line('seal', SEAL, '/tree: must match pattern') },
  { name: 'extra top-level field', setup: editSeal(s => (s.signed_by = 'me')), expect: line('seal', SEAL, 'must NOT have additional properties \\("signed_by"\\)') },
  { name: 'extra field in an entry', setup: editSeal(s => (s.files[0].mode = 420)), expect: line('seal', SEAL, '/files/0: must NOT have additional properties \\("mode"\\)') },
  { name: 'deeply nested value in an extra field', setup: p => writeFileSync(seal(p), readFileSync(seal(p), 'utf8').replace(/\n}\n$/, `,\n  "x": ${'['.repeat(5000)}${']'.repeat(5000)}\n}\n`)), expect: line('seal', SEAL, 'additional properties \\("x"\\)') },
  { name: '100,000 unclosed brackets', setup: writeSeal('['.repeat(100_000)), expect: line('seal', SEAL, 'not JSON') },
  { name: 'minified (non-canonical) seal', setup: p => writeFileSync(seal(p), JSON.stringify(JSON.parse(readFileSync(seal(p), 'utf8')))), expect: line('seal', `${SEAL}:1`, 'not in canonical form') },
  { name: 'seal with CRLF line ends', setup: p => writeFileSync(seal(p), readFileSync(seal(p), 'utf8').replace(/\n/g, '\r\n')), expect: line('seal', `${SEAL}:1`, 'not in canonical form') },
  { name: 'entries not in byte order', setup: sealWith([fake('A.md')], false), expect: line('seal', SEAL, 'not sorted by path in byte order') },
  { name: 'tree value edited', setup: editSeal(s => (s.tree = '0'.repeat(64))), expect: line('tree', SEAL, 'does not match the files listed') },
  { name: 'seal.json larger than 64 MiB', setup: p => execFileSync('truncate', ['-s', String((64 << 20) + 1), seal(p)]), expect: line('seal', SEAL, 'larger than 67108864 bytes') },
  { name: 'seal.json is a directory', setup: p => (unlinkSync(seal(p)), mkdirSync(seal(p))), expect: line('unsafe', SEAL, 'seal file is not a regular file') },
  { name: 'seal.json is a symbolic link to a valid seal', setup: (p, root) => (writeFileSync(join(root, 'copy.json'), readFileSync(seal(p))), unlinkSync(seal(p)), symlinkSync('../copy.json', seal(p))), expect: line('unsafe', SEAL, 'seal file is not a regular file') },
  { name: 'seal.json is a FIFO', setup: p => (unlinkSync(seal(p)), execFileSync('mkfifo', [seal(p)])), expect: line('unsafe', SEAL, 'seal file is not a regular file') },
  { name: 'seal.json unreadable (run as nobody)', nobody: true, setup: p => chmodSync(seal(p), 0), expect: line('seal', SEAL, 'seal file cannot be read: cannot be opened: EACCES') }
]

const entryProbes: Probe[] = [
  { name: 'absolute path', setup: sealWith([fake('/etc/passwd')]), expect: line('unsafe', SEAL, '"/etc/passwd": absolute path') },
  { name: '".." segment leaving the packet', setup: sealWith([fake('../outside.txt')]), expect: line('unsafe', SEAL, '"\\.\\./outside\\.txt": "\\.\\." segment') },
  { name: '".." segment inside a path', setup: sealWith([fake('notes/../a.txt')]), expect: line('unsafe', SEAL, '"\\.\\." segment') },
  { name: 'backslash separator', setup: sealWith([fake('notes\\evil.md')]), expect: line('unsafe', SEAL, 'backslash in path') },
  { name: 'NUL in a path', setup: sealWith([fake('a\u0000.txt')]), expect: line('unsafe', SEAL, '"a\\\\u0000\\.txt": control character in path') },
  { name: 'newline in a path', setup: sealWith([fake('a\n.txt')]), expect: line('unsafe', SEAL, '"a\\\\n\\.txt": control character in path') },
  { name: 'leading "./"', setup: sealWith([fake('./a.txt')]), expect: line('unsafe', SEAL, '"\\./a\\.txt": "\\." segment') },
  { name: "trailing '/'", setup: sealWith([fake('notes/')]), expect: line('unsafe', SEAL, 'empty path segment') },
  { name: "doubled '/'", setup: sealWith([fake('notes//x.md')]), expect: line('unsafe', SEAL, 'empty path segment') },
  { name: 'empty path', setup: editSeal(s => (s.files[0].path = '')), expect: line('seal', SEAL, '/files/0/path: must NOT have fewer than 1 characters') },
  { name: 'drive-letter path', setup: sealWith([fake('C:/Windows/x')]), expect: line('unsafe', SEAL, 'drive-letter path') },
  { name: 'lone surrogate in a path', setup: sealWith([fake('a\ud800.txt')]), expect: line('unsafe', SEAL, 'not valid Unicode') },
  { name: 'path longer than 4096 bytes', setup: sealWith([fake('é'.repeat(2100))]), expect: line('unsafe', SEAL, 'path longer than 4096 bytes') },
  { name: 'duplicate entries', setup: sealWith([entryOf('a.txt', BASE['a.txt'])]), expect: line('unsafe', SEAL, '"a\\.txt": duplicate entry') },
  { name: 'the seal listing itself', setup: sealWith([fake('seal.json')]), expect: line('unsafe', SEAL, '"seal\\.json": a seal may not list itself') },
  { name: 'case-fold collision in the seal', setup: sealWith([fake('A.txt')]), expect: line('unsafe', SEAL, '"a\\.txt": collides with "A\\.txt"') },
  { name: 'NFC/NFD collision in the seal', setup: sealWith([fake('caf\u00e9.txt'), fake('cafe\u0301.txt')]), expect: line('unsafe', SEAL, 'collides with .* under case folding or Unicode normalization') }
]

/** Replaces the base file a.txt (listed in the seal) with something else. */
const replaceA = (make: (path: string) => void) => (packet: string) => {
  unlinkSync(join(packet, 'a.txt'))
  make(join(packet, 'a.txt'))
}

const diskProbes: Probe[] = [
  { name: 'a listed file missing', setup: p => unlinkSync(join(p, 'a.txt')), expect: line('missing', 'p/a.txt', 'listed in the seal but absent') },
  { name: 'an unlisted file added', setup: p => writeFileSync(join(p, 'notes/late.md'), 'late\n'), expect: line('extra', 'p/notes/late.md', 'present but not listed') },
  { name: 'a file changed by one byte', setup: p => writeFileSync(join(p, 'a.txt'), 'alphA\n'), expect: line('mismatch', 'p/a.txt', 'same length \\(6 bytes\\), other bytes') },
  { name: 'case-fold collision on disk', setup: p => writeFileSync(join(p, 'A.txt'), 'alpha\n'), expect: /^  unsafe +p\/[aA]\.txt: [aA]\.txt: collides with [aA]\.txt under case folding/ },
  { name: 'NFC/NFD collision on disk', setup: p => (writeFileSync(join(p, 'caf\u00e9.md'), 'x'), writeFileSync(join(p, 'cafe\u0301.md'), 'x')), expect: /^  unsafe +p\/caf\S+\.md: .*collides with caf\S+\.md under case folding or Unicode normalization/ },
  { name: 'symlink to a file inside the packet', setup: p => symlinkSync('a.txt', join(p, 'link.txt')), expect: line('unsafe', 'p/link.txt', 'symbolic link') },
  { name: 'symlink replacing a listed file', setup: replaceA(a => symlinkSync('notes/report.md', a)), expect: line('unsafe', 'p/a.txt', 'symbolic link') },
  { name: 'symlink to a directory inside the packet', setup: p => symlinkSync('notes', join(p, 'notes2')), expect: line('unsafe', 'p/notes2', 'symbolic link') },
  { name: 'symlink outside the repository', setup: p => symlinkSync('/etc/passwd', join(p, 'passwd')), expect: line('unsafe', 'p/passwd', 'symbolic link') },
  { name: 'dangling symlink', setup: p => symlinkSync('nowhere/at/all', join(p, 'dangling')), expect: line('unsafe', 'p/dangling', 'symbolic link') },
  { name: 'symlink loop', setup: p => (symlinkSync('loop2', join(p, 'loop1')), symlinkSync('loop1', join(p, 'loop2'))), expect: line('unsafe', 'p/loop1', 'symbolic link') },
  { name: 'FIFO where a listed file should be (no hang)', setup: replaceA(a => execFileSync('mkfifo', [a])), expect: line('unsafe', 'p/a.txt', 'FIFO \\(named pipe\\)') },
  { name: 'socket inside the packet', setup: p => execFileSync('python3', ['-c', 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])', join(p, 'sock')]), expect: line('unsafe', 'p/sock', 'socket: packets hold regular files only') },
  { name: 'directory where a listed file should be', setup: replaceA(a => writeTree(a, { 'inner.txt': 'alpha\n' })), expect: line('missing', 'p/a.txt', 'listed in the seal but absent') },
  { name: 'empty directory where a listed file should be', setup: replaceA(a => mkdirSync(a)), expect: line('missing', 'p/a.txt', 'listed in the seal but absent') },
  { name: 'unreadable file (run as nobody)', nobody: true, setup: p => chmodSync(join(p, 'a.txt'), 0), expect: line('unreadable', 'p/a.txt', 'cannot be opened: EACCES') },
  { name: 'unreadable directory (run as nobody)', nobody: true, setup: p => chmodSync(join(p, 'notes'), 0), expect: line('unreadable', 'p/notes', 'directory cannot be read: EACCES') },
  { name: 'file name that is not UTF-8', setup: p => writeFileSync(Buffer.concat([Buffer.from(`${p}/bad-`), Buffer.from([0xff, 0xfe])]), 'x'), expect: /^  unsafe +p\/bad-\uFFFD+: .*file name is not valid UTF-8/ },
  { name: 'file name with a newline', setup: p => writeFileSync(join(p, 'two\nlines.txt'), 'x'), expect: line('unsafe', 'p/two\\x0alines.txt', 'control character in path') },
  { name: 'file name with a terminal escape', setup: p => writeFileSync(join(p, 'red\u001b[31m.txt'), 'x'), expect: line('unsafe', 'p/red\\x1b[31m.txt', 'control character in path') },
  { name: 'nested packet whose own seal is broken', setup: p => (writeTree(join(p, 'inner'), { 'x.txt': 'x\n', 'seal.json': '{}' }), writeFileSync(seal(p), sealText([...baseEntries(), entryOf('inner/seal.json', '{}'), entryOf('inner/x.txt', 'x\n')]))), expect: line('seal', 'p/inner/seal.json', 'unknown seal format version') }
]

const VALIDATOR = 'print("PASS")\n'
/** The base seal plus v.py, a reference to `ref` sealed with VALIDATOR's digest. */
const referencing = (ref: string, path = 'v.py') => sealWith([{ ...entryOf(path, VALIDATOR), ref }])
/** Writes `files` at the repository root, then seals v.py as a reference to `ref`. */
const inRepo = (files: Record<string, string>, ref: string, then: (root: string) => void = () => {}) => (packet: string, root: string) => {
  writeTree(root, files)
  then(root)
  referencing(ref)(packet)
}
const TOOLS = { 'tools/v.py': VALIDATOR }

const referenceProbes: Probe[] = [
  { name: 'reference leaving the repository with ".."', setup: referencing('../outside.py'), expect: line('unsafe', SEAL, 'reference "\\.\\./outside\\.py": "\\.\\." segment') },
  { name: 'absolute reference', setup: referencing('/etc/passwd'), expect: line('unsafe', SEAL, 'reference "/etc/passwd": absolute path') },
  { name: 'reference with a backslash', setup: referencing('tools\\v.py'), expect: line('unsafe', SEAL, 'backslash in path') },
  { name: 'reference with a control character', setup: referencing('tools/v\u001b.py'), expect: line('unsafe', SEAL, 'control character in path') },
  { name: 'reference through a symbolic link to a folder holding the right bytes', setup: inRepo({ 'real/v.py': VALIDATOR }, 'tools/v.py', root => symlinkSync('real', join(root, 'tools'))), expect: line('ref', 'tools/v.py', 'v.py: references tools/v\\.py, which lies under tools, a symbolic link') },
  { name: 'reference to a symbolic link to the right bytes', setup: inRepo({ 'real/v.py': VALIDATOR }, 'tools/v.py', root => (mkdirSync(join(root, 'tools')), symlinkSync('../real/v.py', join(root, 'tools/v.py')))), expect: line('ref', 'tools/v.py', 'which is a symbolic link') },
  { name: 'reference to a folder', setup: inRepo(TOOLS, 'tools'), expect: line('ref', 'tools', 'which is a directory, not a regular file') },
  { name: 'reference to a missing file', setup: inRepo(TOOLS, 'tools/nope.py'), expect: line('ref', 'tools/nope.py', 'which does not exist') },
  { name: 'reference to a FIFO (no hang)', setup: inRepo({}, 'tools/fifo', root => (mkdirSync(join(root, 'tools')), execFileSync('mkfifo', [join(root, 'tools/fifo')]))), expect: line('ref', 'tools/fifo', 'which is not a regular file') },
  { name: 'reference to an unreadable file (run as nobody)', nobody: true, setup: inRepo(TOOLS, 'tools/v.py', root => chmodSync(join(root, 'tools/v.py'), 0)), expect: line('ref', 'tools/v.py', 'which cannot be read: cannot be opened: EACCES') },
  { name: 'reference to a file inside the same packet', setup: referencing('p/a.txt', 'copy.txt'), expect: line('ref', 'p/copy.txt', 'references p/a\\.txt, which lies inside this packet') },
  { name: 'reference to the packet\'s own seal file', setup: referencing('p/seal.json', 'copy.json'), expect: line('ref', 'p/copy.json', 'lies inside this packet') },
  { name: 'reference whose canonical file has other bytes', setup: inRepo({ 'tools/v.py': 'print("FAIL")\n' }, 'tools/v.py'), expect: line('ref', 'tools/v.py', 'whose bytes drifted from the seal: same length') },
  { name: 'a copy in the packet at a referenced path', setup: inRepo(TOOLS, 'tools/v.py', root => writeTree(join(root, 'p'), { 'v.py': VALIDATOR })), expect: line('ref', 'p/v.py', 'but the packet also holds a file at v\\.py') },
  { name: 'a folder in the packet at a referenced path', setup: inRepo(TOOLS, 'tools/v.py', root => writeTree(join(root, 'p'), { 'v.py/inner.txt': 'x\n' })), expect: line('ref', 'p/v.py', 'but the packet also holds a folder at v\\.py') },
  { name: 'two packets referencing each other\'s referenced paths (neither file exists)', setup: (p, root) => (writeTree(join(root, 'q'), { 'seal.json': sealText([{ ...entryOf('w.py', VALIDATOR), ref: 'p/v.py' }]) }), referencing('q/w.py')(p)), expect: line('ref', 'q/w.py', 'v\\.py: references q/w\\.py, which does not exist') },
  { name: 'reference into its own packet spelled in other case', setup: referencing('P/a.txt', 'copy.txt'), expect: line('ref', 'p/copy.txt', 'references P/a\\.txt, which lies inside this packet') },
  { name: 'reference to a canonical file that differs only in case from the one present', setup: inRepo(TOOLS, 'Tools/V.py'), expect: line('ref', 'Tools/V.py', 'which does not exist') }
]

const layoutProbes: Probe[] = [
  { name: 'no packets at all', setup: p => rmSync(p, { recursive: true }), expect: line('no-packets', '.', 'no packet found') },
  { name: 'a packet that is a symlink, named on the command line', setup: (p, root) => symlinkSync('p', join(root, 'link')), args: ['verify', 'link'], expect: line('unsafe', 'link', 'search path is a symbolic link') },
  { name: 'the only packet reached through a symlink (links are not followed)', setup: (p, root) => { const elsewhere = tempDir('seal-gate-elsewhere-'); writeBasePacket(join(elsewhere, 'q')); rmSync(p, { recursive: true }); symlinkSync(join(elsewhere, 'q'), join(root, 'q')) }, expect: line('no-packets', '.', 'no packet found') },
  { name: 'search path that does not exist', setup: () => {}, args: ['verify', 'nope'], code: 2, expect: /^seal-gate: path ".*\/nope" cannot be searched: ENOENT$/ },
  { name: 'search path that is a plain file', setup: () => {}, args: ['verify', 'p/a.txt'], code: 2, expect: /^seal-gate: path ".*\/p\/a\.txt" is not a directory or a seal file$/ },
  { name: 'unknown option', setup: () => {}, args: ['verify', '--follow-links'], code: 2, expect: /^seal-gate: unknown option "--follow-links" for verify$/ },
  { name: '--seal-file that is a path', setup: () => {}, args: ['verify', '--seal-file', '../seal.json'], code: 2, expect: /^seal-gate: --seal-file takes a plain file name$/ }
]

function runProbe(probe: Probe) {
  const root = tempRepo()
  const packet = join(root, 'p')
  writeBasePacket(packet)
  probe.setup(packet, root)
  const before = snapshot(root)
  const result = runCli(cli, probe.args ?? ['verify'], root, { asNobody: probe.nobody })
  const said = expectFailClosed(result, probe.expect, probe.code)
  expect(snapshot(root)).toEqual(before)
  return { result, said }
}

describe.each([
  ['the seal file', sealFileProbes],
  ['seal entries', entryProbes],
  ['files on disk', diskProbes],
  ['references', referenceProbes],
  ['layout and usage', layoutProbes]
])('bad input: %s', (_, probes) => {
  it.each(probes.map(p => [p.name, p] as const))('%s fails closed', (_name, probe) => {
    runProbe(probe)
  }, 30_000)
})

describe('bad input: names on screen', () => {
  it('a terminal escape in a file name never reaches the output raw', () => {
    const { result } = runProbe(diskProbes.find(p => p.name === 'file name with a terminal escape') as Probe)
    expect(result.stdout + result.stderr).not.toContain('\u001b')
  }, 30_000)
})

describe('bad input: sizes and shapes', () => {
  it('a 4 GiB sparse file with a wrong digest is a mismatch, hashed with bounded memory', () => {
    const root = tempRepo()
    const packet = join(root, 'p')
    writeTree(packet, BASE)
    execFileSync('truncate', ['-s', '4G', join(packet, 'big.bin')])
    const big: Entry = { path: 'big.bin', sha256: '0'.repeat(64), bytes: 4 * 2 ** 30 }
    writeFileSync(seal(packet), sealText([...baseEntries(), big].sort((a, b) => (a.path < b.path ? -1 : 1))))
    const before = snapshot(root)
    const result = runCli(cli, ['verify'], root, { seconds: 150, prefix: ['/usr/bin/time', '-f', 'maxrss-kib=%M'] })
    try {
      expectFailClosed(result, line('mismatch', 'p/big.bin', 'same length \\(4294967296 bytes\\), other bytes; too large to diagnose'))
      const rss = Number(/maxrss-kib=(\d+)/.exec(result.stderr)?.[1])
      expect(rss).toBeGreaterThan(0)
      expect(rss).toBeLessThan(400 * 1024)
      expect(snapshot(root)).toEqual(before)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }, 180_000)

  it('100,000 files with one unlisted file added: that one is named', () => {
    const root = tempRepo()
    const packet = join(root, 'p')
    const entries: Entry[] = []
    for (let d = 0; d < 100; d++) {
      const dir = join(packet, `d${String(d).padStart(3, '0')}`)
      mkdirSync(dir, { recursive: true })
      for (let f = 0; f < 1000; f++) {
        const name = `f${String(f).padStart(4, '0')}.txt`
        const content = `${d}/${f}\n`
        writeFileSync(join(dir, name), content)
        entries.push(entryOf(`d${String(d).padStart(3, '0')}/${name}`, content))
      }
    }
    writeFileSync(seal(packet), sealText(entries))
    writeFileSync(join(packet, 'd050', 'f0500.txt.orig'), 'stray\n')
    try {
      const result = runCli(cli, ['verify'], root, { seconds: 150 })
      expectFailClosed(result, line('extra', 'p/d050/f0500.txt.orig', 'present but not listed'))
      expect(result.stdout).toMatch(/\(100001 files\)/)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }, 240_000)

  it('5,000 entries referencing one canonical file: pass while it holds, then every entry named when it drifts', () => {
    const root = tempRepo()
    const packet = join(root, 'p')
    writeTree(packet, BASE)
    writeTree(root, { 'tools/v.py': VALIDATOR })
    const refs: Entry[] = Array.from({ length: 5000 }, (_, i) => ({ ...entryOf(`refs/v${String(i).padStart(4, '0')}.py`, VALIDATOR), ref: 'tools/v.py' }))
    writeFileSync(seal(packet), sealText([...baseEntries(), ...refs].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))))
    try {
      const good = runCli(cli, ['verify'], root, { seconds: 60 })
      expect({ code: good.code, stderr: good.stderr }).toEqual({ code: 0, stderr: '' })
      writeFileSync(join(root, 'tools/v.py'), VALIDATOR.replace('\n', '\r\n'))
      const before = snapshot(root)
      const bad = runCli(cli, ['verify'], root, { seconds: 60 })
      expect(bad.code).toBe(1)
      expect(bad.timedOut).toBe(false)
      const lines = bad.stdout.split('\n').filter(l => /^  ref +tools\/v\.py:1 \[crlf; proven\]: refs\/v\d{4}\.py: references tools\/v\.py, whose bytes drifted/.test(l))
      expect(new Set(lines).size).toBe(5000)
      expect(snapshot(root)).toEqual(before)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }, 150_000)

  it('a path 4,000 bytes long: its drift is reported under its full name', () => {
    const root = tempRepo()
    const packet = join(root, 'p')
    writeTree(packet, BASE)
    const long = Array.from({ length: 20 }, (_, i) => String.fromCharCode(97 + i).repeat(199)).join('/')
    expect(Buffer.byteLength(long)).toBe(3999)
    writeTree(packet, { [long]: 'sealed\n' })
    writeFileSync(seal(packet), sealText([...baseEntries(), entryOf(long, 'sealed\n')].sort((a, b) => (a.path < b.path ? -1 : 1))))
    appendFileSync(join(packet, long), 'drift\n')
    const before = snapshot(root)
    const result = runCli(cli, ['verify'], root)
    expectFailClosed(result, line('mismatch', `p/${long}`, 'drifted from its seal'))
    expect(snapshot(root)).toEqual(before)
  }, 30_000)

  it('deep nesting (1,000 levels): a drift at the bottom is found', () => {
    const root = tempRepo()
    const packet = join(root, 'p')
    writeTree(packet, BASE)
    const deep = 'd/'.repeat(1000) + 'bottom.txt'
    writeTree(packet, { [deep]: 'sealed\n' })
    writeFileSync(seal(packet), sealText([...baseEntries(), entryOf(deep, 'sealed\n')].sort((a, b) => (a.path < b.path ? -1 : 1))))
    writeFileSync(join(packet, deep), 'Sealed\n')
    const before = snapshot(root)
    const result = runCli(cli, ['verify'], root)
    expectFailClosed(result, line('mismatch', `p/${deep}`, 'same length'))
    expect(snapshot(root)).toEqual(before)
  }, 30_000)

  it('nesting deeper than the system path limit cannot be read, and fails', () => {
    const root = tempRepo()
    const packet = join(root, 'p')
    writeBasePacket(packet)
    // Built with relative steps: the absolute path is too long for one system call.
    const steps = 'import os, sys\nos.chdir(sys.argv[1])\nfor _ in range(2100):\n    os.mkdir("d")\n    os.chdir("d")\nopen("f", "w").write("deep\\n")\n'
    execFileSync('python3', ['-c', steps, packet])
    const before = snapshot(root)
    const result = runCli(cli, ['verify'], root)
    try {
      expectFailClosed(result, /^  unreadable +p\/(d\/)+d: .*directory cannot be read: ENAMETOOLONG/)
      expect(snapshot(root)).toEqual(before)
    } finally {
      execFileSync('rm', ['-rf', root])
    }
  }, 60_000)

  it('a file that grows while it is hashed (a concurrent writer) fails closed', async () => {
    const root = tempRepo()
    const packet = join(root, 'p')
    writeTree(packet, BASE)
    execFileSync('truncate', ['-s', String(512 << 20), join(packet, 'growing.bin')])
    const sealed = entryOf('growing.bin', Buffer.alloc(0))
    sealed.sha256 = execFileSync('sha256sum', [join(packet, 'growing.bin')], { encoding: 'utf8' }).slice(0, 64)
    sealed.bytes = 512 << 20
    writeFileSync(seal(packet), sealText([...baseEntries(), sealed].sort((a, b) => (a.path < b.path ? -1 : 1))))
    const { spawn } = await import('node:child_process')
    const writer = spawn(process.execPath, ['-e', `const fs = require('node:fs'); setInterval(() => fs.appendFileSync(process.argv[1], 'more'), 2)`, join(packet, 'growing.bin')], { stdio: 'ignore' })
    try {
      await new Promise(r => setTimeout(r, 20))
      const result = runCli(cli, ['verify'], root)
      expectFailClosed(result, line('(unsafe|mismatch)', 'p/growing.bin', '(changed while it was read|drifted from its seal)'))
    } finally {
      writer.kill('SIGKILL')
      rmSync(root, { recursive: true, force: true })
    }
  }, 60_000)
})

export const PROBE_COUNT = sealFileProbes.length + entryProbes.length + diskProbes.length + referenceProbes.length + layoutProbes.length
