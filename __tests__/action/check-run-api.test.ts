/**
 * More findings than a step can annotate: the bundled Action publishes a check run through a
 * local stand-in for the GitHub API, in batches of at most 50 annotations, and every request body
 * is validated against GitHub's published REST description. A token without the right (403)
 * changes nothing about the verdict and is reported with the number of findings left out.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { bundleForTests, commitAll, git, newRepo, pullRequest, seal, toCrlf, write } from './git-repo.js'
import { operation } from './openapi.js'
import { pullRequestEvent, runAction, type ActionRun } from './runner.js'

interface Recorded {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: any
}

let bundle: string
const cleanup = bundleForTests(built => (bundle = built))
const create = operation('checks/create')
const update = operation('checks/update')
const TOKEN = 'ghs_test-token-for-the-loopback-server'
const CHECKED = 30
const ADDED = 35

/** A stand-in for api.github.com on loopback; `deny` answers every request with 403. */
async function apiServer(deny: boolean): Promise<{ url: string; requests: Recorded[]; close: () => Promise<void> }> {
  const requests: Recorded[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > 4 << 20) req.destroy()
      else chunks.push(c)
    })
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : null })
      res.setHeader('content-type', 'application/json; charset=utf-8')
      if (deny) {
        res.statusCode = 403
        res.end(JSON.stringify({ message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' }))
      } else if (req.method === 'POST') {
        res.statusCode = 201
        res.end(JSON.stringify({ id: 4242, html_url: 'https://github.com/octo-org/packets/runs/4242', status: 'in_progress' }))
      } else {
        res.statusCode = 200
        res.end(JSON.stringify({ id: 4242 }))
      }
    })
  })
  server.requestTimeout = 10_000
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

/** Runs the bundled Action on a PR against the stand-in API; returns the run and the requests the API saw. */
async function runAgainstApi(
  pr: { repo: string; base: string; head: string; merge: string },
  deny: boolean,
  inputs: Record<string, string> = {}
): Promise<{ run: ActionRun; requests: Recorded[] }> {
  const api = await apiServer(deny)
  try {
    const run = await runAction({
      bundle,
      workspace: pr.repo,
      eventName: 'pull_request',
      event: pullRequestEvent(pr.base, pr.head),
      sha: pr.merge,
      inputs: { 'github-token': TOKEN, ...inputs },
      env: { GITHUB_API_URL: api.url }
    })
    return { run, requests: api.requests }
  } finally {
    await api.close()
  }
}

/** A PR that converts 30 sealed files to CRLF and adds 35 unsealed files: 65 findings. */
function manyFindings(): { repo: string; base: string; head: string; merge: string } {
  const repo = newRepo()
  cleanup.push(repo)
  for (let i = 0; i < CHECKED; i++) write(repo, `big/part-${String(i).padStart(2, '0')}.md`, `part ${i}\nsecond line\n`)
  seal(bundle, repo, 'big')
  commitAll(repo, 'sealed packet')
  const pr = pullRequest(repo, () => {
    for (let i = 0; i < CHECKED; i++) write(repo, `big/part-${String(i).padStart(2, '0')}.md`, toCrlf(`part ${i}\nsecond line\n`))
    for (let i = 0; i < ADDED; i++) write(repo, `big/added-${String(i).padStart(2, '0')}.txt`, `unsealed ${i}\n`)
  })
  return { repo, ...pr }
}

const fileErrors = (run: ActionRun) => run.commands.filter(c => c.name === 'error' && c.properties.file !== undefined)
const warnings = (run: ActionRun) => run.commands.filter(c => c.name === 'warning').map(c => c.data)

describe('the OpenAPI validators are not vacuous', () => {
  const annotation = { path: 'a.md', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' }
  test('they accept a valid body and reject what GitHub rejects', () => {
    expect(create.validate({ name: 'n', head_sha: 'a'.repeat(40) })).toEqual([])
    expect(create.validate({ name: 'n' })).not.toEqual([])
    expect(update.validate({ output: { title: 't', summary: 's', annotations: [annotation] } })).toEqual([])
    expect(update.validate({ output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } })).not.toEqual([])
    expect(update.validate({ output: { title: 't', summary: 's', annotations: [{ ...annotation, end_line: undefined }] } })).not.toEqual([])
    expect(update.validate({ output: { title: 't', summary: 's', annotations: [{ ...annotation, annotation_level: 'error' }] } })).not.toEqual([])
    expect(update.validate({ status: 'completed' })).not.toEqual([])
    expect(create.method).toBe('POST')
    expect(update.method).toBe('PATCH')
  })
})

describe('65 findings, token allowed to write checks', () => {
  let pr: ReturnType<typeof manyFindings>
  let run: ActionRun
  let requests: Recorded[]

  beforeAll(async () => {
    pr = manyFindings()
    const result = await runAgainstApi(pr, false)
    run = result.run
    requests = result.requests
  })

  test('the verdict: exit 1, ok=false, 65 findings', () => {
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ ok: 'false', packets: '1', findings: String(CHECKED + ADDED) })
  })

  test('exactly 10 findings become step annotations', () => {
    expect(fileErrors(run)).toHaveLength(10)
  })

  test('one POST creates the check run on the PR head, then PATCHes of at most 50 annotations carry all of them', () => {
    expect(requests.map(r => r.method)).toEqual(['POST', 'PATCH', 'PATCH'])
    expect(requests[0].url).toBe('/repos/octo-org/packets/check-runs')
    expect(requests[0].body.head_sha).toBe(pr.head)
    expect(requests[0].headers.authorization).toBe(`token ${TOKEN}`)
    for (const r of requests.slice(1)) {
      expect(r.url).toBe('/repos/octo-org/packets/check-runs/4242')
      expect(r.body.output.annotations.length).toBeLessThanOrEqual(50)
    }
    const sent = requests.slice(1).flatMap(r => r.body.output.annotations)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    const expected = report.packets.flatMap((p: any) => p.findings).map((f: any) => `${f.file}:${f.line ?? 1}`)
    expect(sent.map((a: any) => `${a.path}:${a.start_line}`)).toEqual(expected)
    expect(sent.every((a: any) => a.annotation_level === 'failure' && a.end_line === a.start_line)).toBe(true)
    expect(requests.at(-1)?.body).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(requests[1].body.conclusion).toBeUndefined()
  })

  test('every request body is one GitHub accepts', () => {
    expect(create.validate(requests[0].body)).toEqual([])
    for (const r of requests.slice(1)) expect(update.validate(r.body)).toEqual([])
    for (const r of requests) expect(r.body.output.title.length).toBeGreaterThan(0)
  })

  test('the summary says where the findings are; nothing is reported as left out', () => {
    expect(run.summary).toContain('10 shown as annotations on this step, 55 more in the check run')
    expect(run.summary).toContain('https&#58;/')
    expect(warnings(run)).toEqual([])
  })
})

describe('65 findings, token without the right to write checks', () => {
  test('a 403 is reported with the count left out; the step fails on the findings, not on the 403', async () => {
    const { run, requests } = await runAgainstApi(manyFindings(), true)
    expect(requests.map(r => r.method)).toEqual(['POST'])
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ ok: 'false', findings: '65' })
    expect(fileErrors(run)).toHaveLength(10)
    expect(warnings(run)).toEqual([
      '55 of 65 findings were not annotated: the token may not write check runs (HTTP 403); grant `checks: write` to publish them. All are in the job summary and the report file.'
    ])
    expect(run.summary).toContain('55 findings not annotated')
    const verdict = run.commands.filter(c => c.name === 'error' && c.properties.file === undefined).map(c => c.data)
    expect(verdict).toEqual(['seal-gate: FAIL: 1 of 1 packet failed, 65 findings'])
  })

  test('a clean PR with a denied token still passes: rights change nothing about the verdict', async () => {
    const repo = newRepo()
    cleanup.push(repo)
    write(repo, 'p/a.md', 'a\n')
    seal(bundle, repo, 'p')
    commitAll(repo, 'sealed')
    const pr = pullRequest(repo, () => {
      write(repo, 'q/b.md', 'a new packet\n')
      seal(bundle, repo, 'q')
    })
    const { run, requests } = await runAgainstApi({ repo, ...pr }, true, { checks: 'true' })
    expect(requests).toHaveLength(1)
    expect(run.code).toBe(0)
    expect(run.outputs.ok).toBe('true')
  })

  test('checks: false publishes nothing and says how many were not annotated', async () => {
    const pr = manyFindings()
    const { run, requests } = await runAgainstApi(pr, false, { checks: 'false' })
    expect(requests).toEqual([])
    expect(run.code).toBe(1)
    expect(warnings(run)).toEqual([
      '55 of 65 findings were not annotated: check runs are turned off (`checks: false`). All are in the job summary and the report file.'
    ])
    expect(git(pr.repo, 'status', '--porcelain')).toBe('')
  })
})
