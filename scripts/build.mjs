// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into self-contained ES modules
// that run with no node_modules. Usage: node scripts/build.mjs [OUTDIR]
import { build } from 'esbuild'

const outdir = process.argv[2] ?? 'dist'

// Some CommonJS dependencies call require() for Node built-ins; an ES module bundle has no
// require of its own, so give it one.
const banner = "import { createRequire as __sealGateCreateRequire } from 'node:module';\nconst require = __sealGateCreateRequire(import.meta.url);"

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'eof',
  logLevel: 'warning'
})
