/**
 * The documented sharded workflow (docs/examples/seal-gate-sharded.yml) is a valid workflow for
 * GitHub's own parser, uses only inputs that action.yml declares, lists every shard K/N exactly
 * once, and its final job (the required status check) fails unless every shard succeeded, also
 * when the shards were skipped or cancelled.
 */
import { describe, expect, test } from '@jest/globals'
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import YAML from 'yaml'
import { parseShard } from '../../src/core/shard.js'

const EXAMPLE = 'docs/examples/seal-gate-sharded.yml'
const text = readFileSync(EXAMPLE, 'utf8')
const workflow = YAML.parse(text)
const action = YAML.parse(readFileSync('action.yml', 'utf8'))

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }
type Job = { needs?: string | string[]; if?: string; steps: Step[]; strategy?: { matrix?: Record<string, unknown>; 'fail-fast'?: boolean } }
const jobs = Object.entries(workflow.jobs as Record<string, Job>)
const gateSteps = (job: Job) => job.steps.filter(s => typeof s.uses === 'string' && /^[^/]+\/seal-gate@/.test(s.uses))
const [matrixName, matrixJob] = jobs.find(([, job]) => gateSteps(job).length > 0) as [string, Job]
const [, finalJob] = jobs.find(([, job]) => [job.needs].flat().includes(matrixName)) as [string, Job]

function checkWorkflow(file: string) {
  return spawnSync(process.execPath, ['scripts/check-workflow.mjs', file], { encoding: 'utf8' })
}

/** Evaluates a step condition with `needs.<matrix job>.result` set to `result`. */
function evaluate(condition: string, result: string): boolean {
  const lexed = new Lexer(condition).lex()
  const expr = new Parser(lexed.tokens, ['needs'], []).parse()
  const needs = new data.Dictionary({ key: matrixName, value: new data.Dictionary({ key: 'result', value: new data.StringData(result) }) })
  return truthy(new Evaluator(expr, new data.Dictionary({ key: 'needs', value: needs }), new Map()).evaluate())
}

describe('the sharded example workflow', () => {
  test("GitHub's workflow parser accepts it, and rejects a copy whose final job needs an unknown job", () => {
    const ok = checkWorkflow(EXAMPLE)
    expect(ok.stderr).toBe('')
    expect(ok.status).toBe(0)
    const dir = mkdtempSync(join(tmpdir(), 'seal-gate-workflow-test-'))
    try {
      const broken = join(dir, 'broken.yml')
      writeFileSync(broken, text.replace(`needs: ${matrixName}`, 'needs: nowhere'))
      const bad = checkWorkflow(broken)
      expect(bad.status).toBe(1)
      expect(bad.stderr).toContain("depends on unknown job 'nowhere'")
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('the seal-gate step names this Action and only inputs that action.yml declares', () => {
    const steps = gateSteps(matrixJob)
    expect(steps).toHaveLength(1)
    expect(steps[0].uses).toMatch(new RegExp(`^OWNER/${action.name}@`))
    const declared = Object.keys(action.inputs)
    for (const name of Object.keys(steps[0].with ?? {})) expect(declared).toContain(name)
    expect(steps[0].with?.shard).toBe('${{ matrix.shard }}')
  })

  test('the matrix lists K/N for every K = 1..N exactly once, and does not cancel shards on the first failure', () => {
    const shards = (matrixJob.strategy?.matrix?.shard as string[]).map(parseShard)
    const n = shards[0].n
    expect(shards.every(s => s.n === n)).toBe(true)
    expect(shards.map(s => s.k).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1))
    expect(matrixJob.strategy?.['fail-fast']).toBe(false)
  })

  test('the final job always runs and fails unless every shard succeeded', () => {
    expect(finalJob.if).toBe('always()')
    const gate = finalJob.steps.filter(s => s.if !== undefined)
    expect(gate).toHaveLength(1)
    for (const result of ['success', 'failure', 'cancelled', 'skipped']) {
      const runs = evaluate(gate[0].if as string, result)
      expect(runs).toBe(result !== 'success')
      // The step's own script, with its environment as the runner would set it.
      const env = Object.fromEntries(Object.entries(gate[0].env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{.*\}\}/, result)]))
      const script = spawnSync('bash', ['-e', '-c', gate[0].run as string], { encoding: 'utf8', env: { ...process.env, ...env } })
      expect(script.status).toBe(1)
      expect(script.stdout).toContain(`'${result}'`)
    }
  })
})
