// Validates workflow files with GitHub's own parser (parseWorkflow and convertWorkflowTemplate
// from @actions/workflow-parser): schema, expressions, job graph (needs), matrix, through
// run-bundled-check.mjs.
// Usage: node scripts/check-workflow.mjs WORKFLOW.yml...
import { resolve } from 'node:path'
import { runBundledCheck } from './run-bundled-check.mjs'

const files = process.argv.slice(2).map(f => resolve(f))
if (files.length === 0) {
  console.error('usage: node scripts/check-workflow.mjs WORKFLOW.yml...')
  process.exit(2)
}

const check = `
import { readFileSync } from 'node:fs'
import { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser'

async function main() {
let failed = false
for (const file of process.argv.slice(2)) {
  const problems = []
  const parsed = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter())
  for (const e of parsed.context.errors.getErrors()) problems.push(e.message)
  if (parsed.value === undefined) {
    if (problems.length === 0) problems.push('the parser returned no template')
  } else {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value)
    for (const e of template.errors ?? []) if (!problems.includes(e.Message)) problems.push(e.Message)
    if ((template.jobs ?? []).length === 0) problems.push('no jobs')
  }
  for (const p of problems) console.error(file + ': ' + p)
  if (problems.length > 0) failed = true
  else console.log(file + ' is a valid workflow')
}
return failed ? 1 : 0
}
main().then(code => process.exit(code), e => { console.error(e); process.exit(1) })
`

await runBundledCheck('check-workflow', check, files)
