// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into self-contained ES modules
// that run with no node_modules. Usage: node scripts/build.mjs [OUTDIR]
import { readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'

const outdir = process.argv[2] ?? 'dist'

// Some CommonJS dependencies call require() for Node built-ins; an ES module bundle has no
// require of its own, so give it one.
const banner = "import { createRequire as __sealGateCreateRequire } from 'node:module';\nconst require = __sealGateCreateRequire(import.meta.url);"

// @actions/core imports its OIDC client at the top, and with it @actions/http-client and undici:
// evaluating those was about 25 ms of every run, for a token seal-gate never asks for. The
// import becomes a dynamic one, made by getIDToken alone (its code is a chunk of its own, never loaded).
// A version of @actions/core written otherwise fails the build, never bundles the eager import.
const OIDC_IMPORT = "import { OidcClient } from './oidc-utils.js';"
const lazyOidc = {
  name: 'lazy-oidc-client',
  setup(b) {
    b.onLoad({ filter: /[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/ }, async args => {
      const text = await readFile(args.path, 'utf8')
      if (text.split(OIDC_IMPORT).length !== 2) throw new Error(`${args.path}: expected the line ${OIDC_IMPORT} once (scripts/build.mjs)`)
      const lazy = "const OidcClient = { getIDToken: async audience => (await import('./oidc-utils.js')).OidcClient.getIDToken(audience) };"
      return { contents: text.replace(OIDC_IMPORT, lazy), loader: 'js', resolveDir: dirname(args.path) }
    })
  }
}

// Code that only some runs need goes into chunks of its own (dist/chunks/), imported when first
// used: the HTTP client that posts a check run (@actions/github, octokit, undici: about 1 MB,
// which every Action run parsed before), the YAML reader of the JSON step's configuration, the
// schema registry. Each entry point statically imports only the chunks it always runs. Chunk
// names carry a hash of their content, so the chunks of an earlier build are removed first:
// check-dist would otherwise find them beside the new ones.
await rm(join(outdir, 'chunks'), { recursive: true, force: true })

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [lazyOidc]
})
