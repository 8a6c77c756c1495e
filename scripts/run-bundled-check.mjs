// Runs a check written against @actions/workflow-parser: the parser imports its JSON schema without
// import attributes, which Node refuses, so the check's source is bundled to CommonJS in a
// temporary folder and run from there with `args`. Sets the exit code the check exits with.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Bundles `source` (named `name` in messages) and runs it with `args`; its output goes to ours. */
export async function runBundledCheck(name, source, args) {
  const dir = mkdtempSync(join(tmpdir(), `seal-gate-${name}-`))
  try {
    const out = join(dir, 'check.cjs')
    await build({
      stdin: { contents: source, resolveDir: root, loader: 'js', sourcefile: `${name}.js` },
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'warning'
    })
    execFileSync(process.execPath, [out, ...args], { stdio: 'inherit' })
  } catch (e) {
    if (typeof e?.status === 'number') process.exitCode = e.status
    else throw e
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
