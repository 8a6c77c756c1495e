// Validates action.yml with GitHub's own parser (parseAction from @actions/workflow-parser), then
// checks what the parser leaves open: every input and output is documented and the Action runs
// dist/index.js on node24. Run through run-bundled-check.mjs.
// Usage: node scripts/check-action-yml.mjs [action.yml]
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runBundledCheck } from './run-bundled-check.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const target = resolve(process.argv[2] ?? join(root, 'action.yml'))

const check = `
import { readFileSync } from 'node:fs'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { NoOperationTraceWriter } from '@actions/workflow-parser'
import YAML from 'yaml'

const file = process.argv[2]
const content = readFileSync(file, 'utf8')
const problems = []
const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter())
for (const e of result.context.errors.getErrors()) problems.push(e.message)
if (result.value === undefined && problems.length === 0) problems.push('the parser returned no template')

let doc = null
try {
  doc = YAML.parse(content)
} catch (e) {
  problems.push(String(e.message).split(String.fromCharCode(10))[0])
}
for (const section of doc === null ? [] : ['inputs', 'outputs']) {
  for (const [name, spec] of Object.entries(doc?.[section] ?? {})) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) problems.push(section + '.' + name + ': names are kebab-case')
    if (typeof spec?.description !== 'string' || spec.description.trim() === '') problems.push(section + '.' + name + ': no description')
  }
}
if (doc !== null && doc?.runs?.using !== 'node24') problems.push('runs.using must be node24')
if (doc !== null && doc?.runs?.main !== 'dist/index.js') problems.push('runs.main must be dist/index.js')

if (problems.length > 0) {
  for (const p of problems) console.error('action.yml: ' + p)
  process.exit(1)
}
console.log('action.yml is valid (' + Object.keys(doc.inputs ?? {}).length + ' inputs, ' + Object.keys(doc.outputs ?? {}).length + ' outputs)')
`

await runBundledCheck('check-action-yml', check, [target])
