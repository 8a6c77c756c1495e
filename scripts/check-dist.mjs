// Fails when the committed dist/ is not exactly what a fresh build produces: a stale bundle
// would make the Action run other code than the sources say.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const fresh = mkdtempSync(join(tmpdir(), 'seal-gate-dist-'))
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' })
  // Every file at any depth (the entry points and their chunks), by its path inside the folder.
  const files = dir => readdirSync(dir, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => relative(dir, join(e.parentPath ?? e.path, e.name)))
  const names = new Set([...files('dist'), ...files(fresh)])
  const stale = [...names].filter(name => {
    try {
      return !readFileSync(join('dist', name)).equals(readFileSync(join(fresh, name)))
    } catch {
      return true
    }
  })
  if (stale.length > 0) {
    console.error(`dist/ is stale: ${stale.join(', ')} differ from a fresh build. Run \`npm run build\` and commit dist/.`)
    process.exit(1)
  }
  console.log(`dist/ matches a fresh build (${names.size} files)`)
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
