import { createRequire as __sealGateCreateRequire } from 'node:module';
const require = __sealGateCreateRequire(import.meta.url);
import {
  BlobReader,
  GitError,
  SEAL_FILE_LIMIT,
  SOURCE_MODES,
  UsageError,
  checkObjectId,
  committedPackets,
  countFindings,
  discoverPackets,
  discoveryFindings,
  ensureBase,
  entriesUnder,
  findRepoRoot,
  isObjectId,
  knownCommit,
  listTree,
  mapLimit,
  parseShard,
  progressText,
  readCommit,
  referencesIn,
  reportDirOf,
  reportOk,
  reportPath,
  repositoryAt,
  resolveCommit,
  runGit,
  selftest,
  selftestProblems,
  selftestSummary,
  shardLine,
  verifyWithSource
} from "./chunks/chunk-MIBVMP5V.js";
import {
  debug,
  endGroup,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  startGroup,
  summary,
  warning
} from "./chunks/chunk-2BAOABMG.js";
import "./chunks/chunk-GSRJWSCH.js";
import "./chunks/chunk-ITFQ3BTO.js";
import {
  oneLine
} from "./chunks/chunk-2LBU2DDN.js";
import "./chunks/chunk-D7PX3C6W.js";

// src/action/annotations.ts
var STEP_ERROR_LIMIT = 10;
function allFindings(report) {
  return [...report.findings, ...report.packets.flatMap((p) => p.findings)];
}
function annotationTitle(f) {
  if (f.causes.length === 0) return f.kind;
  return `${f.kind}: ${f.causes.join(", ")}${f.evidence ? ` (${f.evidence})` : ""}`;
}
function annotationProperties(f) {
  const props = { title: annotationTitle(f) };
  if (f.file !== "." && f.file !== "") props.file = f.file;
  if (props.file !== void 0 && f.line !== null) {
    props.startLine = f.line;
    if (f.column !== void 0) props.startColumn = f.column;
  }
  return props;
}
function emitAnnotations(findings, limit = STEP_ERROR_LIMIT) {
  const shown = findings.slice(0, Math.max(0, limit));
  for (const f of shown) error(oneLine(f.message), annotationProperties(f));
  return shown.length;
}

// src/action/inputs.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request"]);
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var show = (value) => JSON.stringify(value);
function parseSettings(read, eventName) {
  return {
    paths: parsePaths(read("path")),
    sealFile: parseSealFile(read("seal-file").trim()),
    scope: parseScope(read("scope").trim(), eventName),
    token: read("github-token").trim(),
    checks: parseChecks(read("checks").trim()),
    source: parseSource(read("source").trim()),
    ref: parseRef(read("ref").trim()),
    resealLabel: parseLabel(read("reseal-label").trim()),
    config: parseConfig(read("config").trim()),
    selftest: parseBoolean("selftest", read("selftest").trim(), true),
    shard: parseShardInput(read("shard").trim())
  };
}
function readSettings(eventName) {
  return parseSettings((name) => getInput(name), eventName);
}
function parsePaths(raw) {
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  for (const line of lines) {
    if (/[\u0000-\u001f\u007f]/.test(line)) throw new InputError(`input path: ${show(line)} contains a control character`);
  }
  return lines.length > 0 ? lines : ["."];
}
function parseSealFile(value) {
  if (value === "") return "seal.json";
  if (/[/\\\u0000-\u001f\u007f]/.test(value) || value === "." || value === "..") {
    throw new InputError(`input seal-file must be a plain file name (no '/', '\\' or control characters), got ${show(value)}`);
  }
  return value;
}
function parseScope(value, eventName) {
  if (value === "") return PULL_REQUEST_EVENTS.has(eventName) ? "changed" : "all";
  if (value === "changed" || value === "all") return value;
  throw new InputError(`input scope must be "changed" or "all", got ${show(value)}`);
}
function parseChecks(value) {
  if (value === "" || value === "auto") return "auto";
  if (["true", "True", "TRUE"].includes(value)) return "always";
  if (["false", "False", "FALSE"].includes(value)) return "never";
  throw new InputError(`input checks must be "auto", "true" or "false", got ${show(value)}`);
}
function parseSource(value) {
  if (value === "") return "auto";
  if (SOURCE_MODES.includes(value)) return value;
  throw new InputError(`input source must be "auto", "git" or "worktree", got ${show(value)}`);
}
function parseRef(value) {
  if (value === "") return "HEAD";
  if (value.startsWith("-") || /[\u0000-\u0020\u007f]/.test(value)) {
    throw new InputError(`input ref must be a branch, tag or commit id, got ${show(value)}`);
  }
  return value;
}
function parseLabel(value) {
  if (value === "") return "reseal-approved";
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new InputError(`input reseal-label contains a control character`);
  return value;
}
function parseConfig(value) {
  if (value === "") return null;
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new InputError(`input config contains a control character`);
  return value;
}
function parseShardInput(value) {
  if (value === "") return null;
  try {
    return parseShard(value);
  } catch (e) {
    if (e instanceof UsageError) throw new InputError(`input ${e.message}`);
    throw e;
  }
}
function parseBoolean(name, value, fallback) {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input ${name} must be "true" or "false", got ${show(value)}`);
}

// src/action/change-base.ts
var short = (id) => id.slice(0, 12);
function pickBase(payloadBase, prHead, judged, parents) {
  if (judged !== null && parents !== null && prHead !== null && parents.length === 2 && parents[1] === prHead) {
    const first = parents[0];
    const why = first === payloadBase ? `pull_request.base.sha, the first parent of the merge commit ${short(judged)} checked out` : `the first parent of the merge commit ${short(judged)} checked out (the base branch when GitHub made it), not pull_request.base.sha ${payloadBase === null ? "(absent)" : short(payloadBase)}`;
    return { base: first, reason: `base of the change ${short(first)}: ${why}` };
  }
  let checkout;
  if (prHead === null) checkout = "the event names no pull_request.head.sha";
  else if (judged === null || parents === null) checkout = "the commit checked out could not be read";
  else if (judged === prHead) checkout = `the checkout is pull_request.head.sha ${short(prHead)} itself`;
  else if (parents.length !== 2) checkout = `${short(judged)} checked out is no merge of pull_request.head.sha: it has ${parents.length} parent${parents.length === 1 ? "" : "s"}`;
  else checkout = `${short(judged)} checked out is no merge of pull_request.head.sha ${short(prHead)}: its second parent is ${short(parents[1])}`;
  if (payloadBase === null) return { base: null, reason: `no base of the change: pull_request.base.sha is absent and ${checkout}` };
  return { base: payloadBase, reason: `base of the change ${short(payloadBase)}: pull_request.base.sha (${checkout})` };
}
async function withChangeBase(event, cwd, ref) {
  if (!PULL_REQUEST_EVENTS.has(event.name)) return { event, reason: null };
  const judged = await readCommit(cwd, ref);
  const choice = pickBase(event.base, event.prHead, judged?.id ?? null, judged?.parents ?? null);
  return { event: { ...event, base: choice.base, appendOnlyBase: choice.base }, reason: choice.reason };
}

// src/action/check-run.ts
var ANNOTATIONS_PER_REQUEST = 50;
var CHECK_RUN_NAME = "seal-gate findings";
var MESSAGE_LIMIT = 4096;
var TITLE_LIMIT = 255;
var SUMMARY_LIMIT = 6e4;
function clip(text, limit) {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}\u2026`;
}
function toCheckAnnotation(f) {
  const line = f.line !== null && f.line >= 1 ? f.line : 1;
  const a = {
    path: f.file === "" ? "." : f.file,
    start_line: line,
    end_line: line,
    annotation_level: "failure",
    message: clip(f.message, MESSAGE_LIMIT),
    title: clip(annotationTitle(f), TITLE_LIMIT)
  };
  if (f.line !== null && f.column !== void 0 && f.column >= 1) {
    a.start_column = f.column;
    a.end_column = f.column;
  }
  return a;
}
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
  if (size < 1) throw new RangeError("batch size must be at least 1");
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function statusOf(e) {
  const status = e?.status;
  return typeof status === "number" ? status : void 0;
}
async function publishCheckRun(api, req, now = () => (/* @__PURE__ */ new Date()).toISOString()) {
  const output = { title: clip(req.title, TITLE_LIMIT), summary: clip(req.summary, SUMMARY_LIMIT) };
  let published = 0;
  let url = null;
  try {
    const created = await api.create({
      owner: req.owner,
      repo: req.repo,
      name: req.name ?? CHECK_RUN_NAME,
      head_sha: req.headSha,
      status: "in_progress",
      started_at: now(),
      output
    });
    url = created.data.html_url ?? null;
    const parts = batches(req.findings.map(toCheckAnnotation));
    if (parts.length === 0) parts.push([]);
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      await api.update({
        owner: req.owner,
        repo: req.repo,
        check_run_id: created.data.id,
        output: parts[i].length > 0 ? { ...output, annotations: parts[i] } : output,
        ...last ? { status: "completed", conclusion: req.ok ? "success" : "failure", completed_at: now() } : {}
      });
      published += parts[i].length;
    }
    return { published, url, problem: null };
  } catch (e) {
    const status = statusOf(e);
    const denied = status === 401 || status === 403 || status === 404;
    const message = denied ? `the token may not write check runs (HTTP ${status}); grant \`checks: write\` to publish them` : `publishing the check run failed: ${e.message}`;
    return { published, url, problem: { denied, message } };
  }
}
function shouldPublish(mode, findings, inline) {
  if (mode === "never") return false;
  if (mode === "always") return true;
  return findings > inline;
}

// src/action/event.ts
function commitId(value) {
  return isObjectId(value) && !/^0+$/.test(value) ? value : null;
}
var field = (o, key) => o !== null && typeof o === "object" ? o[key] : void 0;
function readEvent(name, payload, sha) {
  const current = commitId(sha);
  if (PULL_REQUEST_EVENTS.has(name)) {
    const pr = field(payload, "pull_request");
    const base = commitId(field(field(pr, "base"), "sha"));
    const head = commitId(field(field(pr, "head"), "sha"));
    const labels = field(pr, "labels");
    return {
      name,
      base,
      checkSha: head ?? current,
      appendOnlyBase: base,
      labels: Array.isArray(labels) ? labels.map((l) => field(l, "name")).filter((n) => typeof n === "string") : [],
      prHead: head
    };
  }
  if (name === "merge_group") {
    const group = field(payload, "merge_group");
    return { name, base: commitId(field(group, "base_sha")), checkSha: commitId(field(group, "head_sha")) ?? current, appendOnlyBase: null, labels: [], prHead: null };
  }
  if (name === "push") {
    return {
      name,
      base: field(payload, "created") === true ? null : commitId(field(payload, "before")),
      checkSha: commitId(field(payload, "after")) ?? current,
      appendOnlyBase: null,
      labels: [],
      prHead: null
    };
  }
  return { name, base: null, checkSha: current, appendOnlyBase: null, labels: [], prHead: null };
}

// src/action/github-context.ts
import { readFileSync } from "node:fs";
function runContext(env = process.env) {
  let payload = {};
  const path6 = env.GITHUB_EVENT_PATH;
  if (path6) {
    let parsed;
    try {
      parsed = JSON.parse(readFileSync(path6, "utf8"));
    } catch (e) {
      throw new Error(`the event file GITHUB_EVENT_PATH names cannot be read as JSON: ${e.message}`);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("the event file GITHUB_EVENT_PATH names holds no JSON object");
    payload = parsed;
  }
  return { eventName: env.GITHUB_EVENT_NAME ?? "", payload, sha: env.GITHUB_SHA };
}
function runRepository(context, env = process.env) {
  if (env.GITHUB_REPOSITORY) {
    const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
    return { owner, repo };
  }
  const repository = context.payload.repository;
  if (typeof repository?.owner?.login === "string" && typeof repository.name === "string") return { owner: repository.owner.login, repo: repository.name };
  throw new Error("the repository is unknown: GITHUB_REPOSITORY (like 'owner/repo') is not set");
}

// src/action/safe-text.ts
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
function codeEscape(ch) {
  const cp = ch.codePointAt(0);
  return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u{${cp.toString(16)}}`;
}
function safeText(text) {
  return text.replace(INVISIBLE, codeEscape).replace(/:(?=:)/g, "\\x3a").replace(/##\[/g, "##\\x5b");
}
function logLine(text) {
  info(safeText(text));
}
function logGroup(title) {
  startGroup(safeText(title));
}

// src/action/plain-words.ts
var KIND_WORDS = {
  missing: "listed in the seal but absent",
  extra: "present but not listed in the seal",
  mismatch: "bytes differ from the seal",
  tree: "the seal\u2019s tree value does not match its file list",
  seal: "the seal file is invalid",
  unsafe: "unsafe entry (link, special file, unsafe or colliding name)",
  unreadable: "cannot be read",
  json: "not strict JSON",
  schema: "violates its JSON schema",
  config: "broken configuration",
  "no-packets": "no packet found",
  internal: "the gate itself failed",
  reseal: "a packet that existed at the base was edited, re-sealed or deleted",
  ref: "a referenced canonical file is missing, unsafe or has other bytes"
};
var CAUSE_WORDS = {
  bom: "a byte order mark was added",
  crlf: "line endings were changed to CRLF",
  "ensure-ascii": "JSON was re-encoded with non-ASCII characters escaped as \\uXXXX",
  unicode: 'characters were substituted (e.g. an em dash became "-", smart quotes, NBSP, NFC/NFD)',
  "trailing-newline": "the final newline was added or removed",
  truncated: "the file was cut short",
  appended: "bytes were appended",
  edited: "the content was edited (shown against the sealed bytes found in history)",
  unknown: "the cause could not be determined"
};
function kindWords(kind) {
  return KIND_WORDS[kind] ?? kind;
}
function causeWords(cause) {
  return CAUSE_WORDS[cause] ?? cause;
}

// src/action/summary.ts
var SUMMARY_BUDGET = 512 * 1024;
var INVISIBLE2 = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
function escapeMarkup(text) {
  return text.replace(INVISIBLE2, (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`).replace(/[^A-Za-z0-9 .,/()=+\-\u0080-\u{10ffff}]/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}
var shortTree = (hash) => hash === null ? "unknown" : hash.slice(0, 12);
var bytes = (s) => Buffer.byteLength(s, "utf8");
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function findingItem(f) {
  const where = f.line === null ? f.file : `${f.file}:${f.line}`;
  const causes = f.causes.length > 0 ? ` \u2014 ${f.causes.map((c) => escapeMarkup(causeWords(c))).join("; ")}${f.evidence ? ` (${escapeMarkup(f.evidence)})` : ""}` : "";
  return `<li><code>${escapeMarkup(where)}</code> <b>${escapeMarkup(annotationTitle(f))}</b>: ${escapeMarkup(kindWords(f.kind))}${causes}<br>${escapeMarkup(f.message)}</li>`;
}
function packetRow(p) {
  const verdict = p.ok ? "\u2705 pass" : "\u274C fail";
  return `<tr><td><code>${escapeMarkup(p.dir)}</code></td><td>${verdict}</td><td><code>${shortTree(p.tree.sealed)}</code></td><td><code>${shortTree(p.tree.actual)}</code></td><td>${p.files}</td></tr>`;
}
function headline(report, ctx) {
  const n = countFindings(report);
  if (ctx.untouched) return "seal-gate: PASS: no packet touched by this pull request";
  const shard = report.shard ? ` (${shardLine(report.shard, report.packets.length)})` : "";
  if (report.ok && report.shard && report.packets.length === 0) return `seal-gate: PASS: ${shardLine(report.shard, 0)}`;
  if (report.ok) return `seal-gate: PASS: ${plural(report.packets.length, "packet")} verified${shard}`;
  const failed = report.packets.filter((p) => !p.ok).length;
  return `seal-gate: FAIL: ${failed} of ${plural(report.packets.length, "packet")} failed, ${plural(n, "finding")}${shard}`;
}
function renderSummary(report, ctx, budget = SUMMARY_BUDGET) {
  const blocks = [`## ${escapeMarkup(headline(report, ctx))}`];
  const scope = ctx.scope === "changed" ? `Scope: packets changed by this ${escapeMarkup(ctx.event)} (${report.packets.length} of ${ctx.discovered} found).` : `Scope: all packets (${ctx.discovered} found), event ${escapeMarkup(ctx.event)}.`;
  blocks.push(`<p>${scope}</p>`);
  if (report.shard) {
    blocks.push(`<p>This job verified ${escapeMarkup(shardLine(report.shard, report.packets.length))}; the other shards verify the rest.</p>`);
  }
  for (const note of ctx.notes) blocks.push(`<p>${escapeMarkup(note)}</p>`);
  const t = ctx.tally;
  if (t.total > 0) {
    const missing = t.total - t.inline - t.checkRun;
    let line = `${plural(t.total, "finding")}: ${t.inline} shown as annotations on this step`;
    if (t.checkRun > 0) line += `, ${t.checkRun} more in the check run${t.checkRunUrl ? ` <a href="${escapeMarkup(t.checkRunUrl)}">seal-gate findings</a>` : ""}`;
    if (missing > 0) line += `. <b>${plural(missing, "finding")} not annotated</b>${t.problem ? `: ${escapeMarkup(t.problem)}` : ""}; all are listed below and in the report file`;
    blocks.push(`<p>${line}.</p>`);
  }
  let used = blocks.reduce((n, b) => n + bytes(b) + 2, 0);
  const reserve = 1024;
  if (report.packets.length > 0) {
    const rows = [];
    const tableBudget = (budget - used - reserve) / 2;
    let size = 0;
    for (const p of report.packets) {
      const row = packetRow(p);
      if (size + bytes(row) > tableBudget) break;
      rows.push(row);
      size += bytes(row) + 1;
    }
    const head = "<table><thead><tr><th>Packet</th><th>Verdict</th><th>Sealed tree</th><th>Actual tree</th><th>Files</th></tr></thead><tbody>";
    blocks.push([head, ...rows, "</tbody></table>"].join("\n"));
    const left = report.packets.length - rows.length;
    if (left > 0) blocks.push(`<p>${plural(left, "more packet")} left out of this table to stay under the summary size limit.</p>`);
    used += size + bytes(head) + 40;
  }
  const groups = [];
  if (report.findings.length > 0) groups.push({ title: "Run", findings: report.findings });
  for (const p of report.packets) if (p.findings.length > 0) groups.push({ title: `Packet ${p.dir}`, findings: p.findings });
  let shown = 0;
  let full = false;
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  if (total > 0) blocks.push("### Findings");
  for (const g of groups) {
    if (full) break;
    const items = [];
    const title = `<h4>${escapeMarkup(g.title)}</h4>`;
    used += bytes(title) + 20;
    for (const f of g.findings) {
      const item = findingItem(f);
      if (used + bytes(item) > budget - reserve) {
        full = true;
        break;
      }
      items.push(item);
      used += bytes(item) + 1;
      shown++;
    }
    if (items.length > 0) blocks.push(`${title}
<ul>
${items.join("\n")}
</ul>`);
  }
  if (shown < total) {
    blocks.push(
      `<p><b>${plural(total - shown, "finding")} left out</b> to keep this summary under GitHub's size limit; every finding is in the JSON report (output <code>report</code>).</p>`
    );
  }
  return blocks.join("\n\n") + "\n";
}

// src/action/log-report.ts
function findingLine(f) {
  const where = f.line === null ? f.file : `${f.file}:${f.line}`;
  return `  ${annotationTitle(f)}  ${where}: ${f.message}`;
}
function reportLines(report) {
  const lines = report.findings.map(findingLine);
  for (const p of report.packets) {
    const tree = p.tree.sealed === p.tree.actual ? `tree ${shortTree(p.tree.actual)}` : `tree sealed ${shortTree(p.tree.sealed)}, actual ${shortTree(p.tree.actual)}`;
    lines.push(`${p.ok ? "PASS" : "FAIL"} ${p.dir}  ${tree}  (${p.files} files)`);
    for (const f of p.findings) lines.push(findingLine(f));
  }
  return lines;
}
function logReport(report) {
  for (const line of reportLines(report)) logLine(line);
}

// src/action/progress-log.ts
var PROGRESS_LOG_INTERVAL_MS = 5e3;
var stepLog = { open: logGroup, line: logLine, close: () => endGroup() };
var ProgressLog = class {
  constructor(sink = stepLog, now = Date.now, intervalMs = PROGRESS_LOG_INTERVAL_MS) {
    this.sink = sink;
    this.now = now;
    this.intervalMs = intervalMs;
    this.started = now();
  }
  sink;
  now;
  intervalMs;
  started;
  last = null;
  opened = false;
  update = (event) => {
    if (event.final) {
      if (this.opened) this.sink.line(`done: ${progressText(event)}`);
      this.end();
      return;
    }
    const t = this.now();
    if (t - this.started < this.intervalMs) return;
    if (this.last !== null && t - this.last < this.intervalMs) return;
    if (!this.opened) {
      this.sink.open("seal-gate progress");
      this.opened = true;
    }
    this.sink.line(progressText(event));
    this.last = t;
  };
  /** Closes the group if one is open (also when the run ends in an error). */
  end() {
    if (!this.opened) return;
    this.sink.close();
    this.opened = false;
  }
};

// src/action/report-file.ts
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function reportJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}
async function writeReportFile(report, base = process.env.RUNNER_TEMP || tmpdir()) {
  const dir = await mkdtemp(join(base, "seal-gate-"));
  const path6 = join(dir, "report.json");
  await writeFile(path6, reportJson(report), { flag: "wx" });
  return path6;
}

// src/action/select.ts
import { existsSync } from "node:fs";
import { lstat, realpath } from "node:fs/promises";
import { basename as basename3, resolve as resolve2, sep as sep6 } from "node:path";

// node_modules/@actions/glob/lib/internal-globber.js
import * as fs from "fs";

// node_modules/@actions/glob/lib/internal-glob-options-helper.js
function getOptions(copy) {
  const result = {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  };
  if (copy) {
    if (typeof copy.followSymbolicLinks === "boolean") {
      result.followSymbolicLinks = copy.followSymbolicLinks;
      debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
    }
    if (typeof copy.implicitDescendants === "boolean") {
      result.implicitDescendants = copy.implicitDescendants;
      debug(`implicitDescendants '${result.implicitDescendants}'`);
    }
    if (typeof copy.matchDirectories === "boolean") {
      result.matchDirectories = copy.matchDirectories;
      debug(`matchDirectories '${result.matchDirectories}'`);
    }
    if (typeof copy.omitBrokenSymbolicLinks === "boolean") {
      result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
      debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
    }
    if (typeof copy.excludeHiddenFiles === "boolean") {
      result.excludeHiddenFiles = copy.excludeHiddenFiles;
      debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
    }
  }
  return result;
}

// node_modules/@actions/glob/lib/internal-globber.js
import * as path5 from "path";

// node_modules/@actions/glob/lib/internal-path-helper.js
import * as path from "path";
import assert from "assert";
var IS_WINDOWS = process.platform === "win32";
function dirname2(p) {
  p = safeTrimTrailingSeparator(p);
  if (IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
    return p;
  }
  let result = path.dirname(p);
  if (IS_WINDOWS && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
    result = safeTrimTrailingSeparator(result);
  }
  return result;
}
function ensureAbsoluteRoot(root, itemPath) {
  assert(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
  assert(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
  if (hasAbsoluteRoot(itemPath)) {
    return itemPath;
  }
  if (IS_WINDOWS) {
    if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
      let cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
        if (itemPath.length === 2) {
          return `${itemPath[0]}:\\${cwd.substr(3)}`;
        } else {
          if (!cwd.endsWith("\\")) {
            cwd += "\\";
          }
          return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
        }
      } else {
        return `${itemPath[0]}:\\${itemPath.substr(2)}`;
      }
    } else if (normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
      const cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      return `${cwd[0]}:\\${itemPath.substr(1)}`;
    }
  }
  assert(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
  if (root.endsWith("/") || IS_WINDOWS && root.endsWith("\\")) {
  } else {
    root += path.sep;
  }
  return root + itemPath;
}
function hasAbsoluteRoot(itemPath) {
  assert(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators(itemPath);
  if (IS_WINDOWS) {
    return itemPath.startsWith("\\\\") || /^[A-Z]:\\/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function hasRoot(itemPath) {
  assert(itemPath, `isRooted parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators(itemPath);
  if (IS_WINDOWS) {
    return itemPath.startsWith("\\") || /^[A-Z]:/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    const isUnc = /^\\\\+[^\\]/.test(p);
    return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function safeTrimTrailingSeparator(p) {
  if (!p) {
    return "";
  }
  p = normalizeSeparators(p);
  if (!p.endsWith(path.sep)) {
    return p;
  }
  if (p === path.sep) {
    return p;
  }
  if (IS_WINDOWS && /^[A-Z]:\\$/i.test(p)) {
    return p;
  }
  return p.substr(0, p.length - 1);
}

// node_modules/@actions/glob/lib/internal-match-kind.js
var MatchKind;
(function(MatchKind2) {
  MatchKind2[MatchKind2["None"] = 0] = "None";
  MatchKind2[MatchKind2["Directory"] = 1] = "Directory";
  MatchKind2[MatchKind2["File"] = 2] = "File";
  MatchKind2[MatchKind2["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));

// node_modules/@actions/glob/lib/internal-pattern-helper.js
var IS_WINDOWS2 = process.platform === "win32";
function getSearchPaths(patterns) {
  patterns = patterns.filter((x) => !x.negate);
  const searchPathMap = {};
  for (const pattern of patterns) {
    const key = IS_WINDOWS2 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    searchPathMap[key] = "candidate";
  }
  const result = [];
  for (const pattern of patterns) {
    const key = IS_WINDOWS2 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    if (searchPathMap[key] === "included") {
      continue;
    }
    let foundAncestor = false;
    let tempKey = key;
    let parent = dirname2(tempKey);
    while (parent !== tempKey) {
      if (searchPathMap[parent]) {
        foundAncestor = true;
        break;
      }
      tempKey = parent;
      parent = dirname2(tempKey);
    }
    if (!foundAncestor) {
      result.push(pattern.searchPath);
      searchPathMap[key] = "included";
    }
  }
  return result;
}
function match(patterns, itemPath) {
  let result = MatchKind.None;
  for (const pattern of patterns) {
    if (pattern.negate) {
      result &= ~pattern.match(itemPath);
    } else {
      result |= pattern.match(itemPath);
    }
  }
  return result;
}
function partialMatch(patterns, itemPath) {
  return patterns.some((x) => !x.negate && x.partialMatch(itemPath));
}

// node_modules/@actions/glob/lib/internal-pattern.js
import * as os from "os";
import * as path4 from "path";
import assert3 from "assert";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path2 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path2.win32.sep : path2.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match2 = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match2;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// node_modules/@actions/glob/lib/internal-path.js
import * as path3 from "path";
import assert2 from "assert";
var IS_WINDOWS3 = process.platform === "win32";
var Path = class {
  /**
   * Constructs a Path
   * @param itemPath Path or array of segments
   */
  constructor(itemPath) {
    this.segments = [];
    if (typeof itemPath === "string") {
      assert2(itemPath, `Parameter 'itemPath' must not be empty`);
      itemPath = safeTrimTrailingSeparator(itemPath);
      if (!hasRoot(itemPath)) {
        this.segments = itemPath.split(path3.sep);
      } else {
        let remaining = itemPath;
        let dir = dirname2(remaining);
        while (dir !== remaining) {
          const basename4 = path3.basename(remaining);
          this.segments.unshift(basename4);
          remaining = dir;
          dir = dirname2(remaining);
        }
        this.segments.unshift(remaining);
      }
    } else {
      assert2(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
      for (let i = 0; i < itemPath.length; i++) {
        let segment = itemPath[i];
        assert2(segment, `Parameter 'itemPath' must not contain any empty segments`);
        segment = normalizeSeparators(itemPath[i]);
        if (i === 0 && hasRoot(segment)) {
          segment = safeTrimTrailingSeparator(segment);
          assert2(segment === dirname2(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
          this.segments.push(segment);
        } else {
          assert2(!segment.includes(path3.sep), `Parameter 'itemPath' contains unexpected path separators`);
          this.segments.push(segment);
        }
      }
    }
  }
  /**
   * Converts the path to it's string representation
   */
  toString() {
    let result = this.segments[0];
    let skipSlash = result.endsWith(path3.sep) || IS_WINDOWS3 && /^[A-Z]:$/i.test(result);
    for (let i = 1; i < this.segments.length; i++) {
      if (skipSlash) {
        skipSlash = false;
      } else {
        result += path3.sep;
      }
      result += this.segments[i];
    }
    return result;
  }
};

// node_modules/@actions/glob/lib/internal-pattern.js
var IS_WINDOWS4 = process.platform === "win32";
var Pattern = class _Pattern {
  constructor(patternOrNegate, isImplicitPattern = false, segments, homedir2) {
    this.negate = false;
    let pattern;
    if (typeof patternOrNegate === "string") {
      pattern = patternOrNegate.trim();
    } else {
      segments = segments || [];
      assert3(segments.length, `Parameter 'segments' must not empty`);
      const root = _Pattern.getLiteral(segments[0]);
      assert3(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
      pattern = new Path(segments).toString().trim();
      if (patternOrNegate) {
        pattern = `!${pattern}`;
      }
    }
    while (pattern.startsWith("!")) {
      this.negate = !this.negate;
      pattern = pattern.substr(1).trim();
    }
    pattern = _Pattern.fixupPattern(pattern, homedir2);
    this.segments = new Path(pattern).segments;
    this.trailingSeparator = normalizeSeparators(pattern).endsWith(path4.sep);
    pattern = safeTrimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = this.segments.map((x) => _Pattern.getLiteral(x)).filter((x) => !foundGlob && !(foundGlob = x === ""));
    this.searchPath = new Path(searchSegments).toString();
    this.rootRegExp = new RegExp(_Pattern.regExpEscape(searchSegments[0]), IS_WINDOWS4 ? "i" : "");
    this.isImplicitPattern = isImplicitPattern;
    const minimatchOptions = {
      dot: true,
      nobrace: true,
      nocase: IS_WINDOWS4,
      nocomment: true,
      noext: true,
      nonegate: true
    };
    pattern = IS_WINDOWS4 ? pattern.replace(/\\/g, "/") : pattern;
    this.minimatch = new Minimatch(pattern, minimatchOptions);
  }
  /**
   * Matches the pattern against the specified path
   */
  match(itemPath) {
    if (this.segments[this.segments.length - 1] === "**") {
      itemPath = normalizeSeparators(itemPath);
      if (!itemPath.endsWith(path4.sep) && this.isImplicitPattern === false) {
        itemPath = `${itemPath}${path4.sep}`;
      }
    } else {
      itemPath = safeTrimTrailingSeparator(itemPath);
    }
    if (this.minimatch.match(itemPath)) {
      return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
    }
    return MatchKind.None;
  }
  /**
   * Indicates whether the pattern may match descendants of the specified path
   */
  partialMatch(itemPath) {
    itemPath = safeTrimTrailingSeparator(itemPath);
    if (dirname2(itemPath) === itemPath) {
      return this.rootRegExp.test(itemPath);
    }
    return this.minimatch.matchOne(itemPath.split(IS_WINDOWS4 ? /\\+/ : /\/+/), this.minimatch.set[0], true);
  }
  /**
   * Escapes glob patterns within a path
   */
  static globEscape(s) {
    return (IS_WINDOWS4 ? s : s.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]");
  }
  /**
   * Normalizes slashes and ensures absolute root
   */
  static fixupPattern(pattern, homedir2) {
    assert3(pattern, "pattern cannot be empty");
    const literalSegments = new Path(pattern).segments.map((x) => _Pattern.getLiteral(x));
    assert3(literalSegments.every((x, i) => (x !== "." || i === 0) && x !== ".."), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    assert3(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
    pattern = normalizeSeparators(pattern);
    if (pattern === "." || pattern.startsWith(`.${path4.sep}`)) {
      pattern = _Pattern.globEscape(process.cwd()) + pattern.substr(1);
    } else if (pattern === "~" || pattern.startsWith(`~${path4.sep}`)) {
      homedir2 = homedir2 || os.homedir();
      assert3(homedir2, "Unable to determine HOME directory");
      assert3(hasAbsoluteRoot(homedir2), `Expected HOME directory to be a rooted path. Actual '${homedir2}'`);
      pattern = _Pattern.globEscape(homedir2) + pattern.substr(1);
    } else if (IS_WINDOWS4 && (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", pattern.substr(0, 2));
      if (pattern.length > 2 && !root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(2);
    } else if (IS_WINDOWS4 && (pattern === "\\" || pattern.match(/^\\[^\\]/))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", "\\");
      if (!root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(1);
    } else {
      pattern = ensureAbsoluteRoot(_Pattern.globEscape(process.cwd()), pattern);
    }
    return normalizeSeparators(pattern);
  }
  /**
   * Attempts to unescape a pattern segment to create a literal path segment.
   * Otherwise returns empty string.
   */
  static getLiteral(segment) {
    let literal = "";
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === "\\" && !IS_WINDOWS4 && i + 1 < segment.length) {
        literal += segment[++i];
        continue;
      } else if (c === "*" || c === "?") {
        return "";
      } else if (c === "[" && i + 1 < segment.length) {
        let set = "";
        let closed = -1;
        for (let i2 = i + 1; i2 < segment.length; i2++) {
          const c2 = segment[i2];
          if (c2 === "\\" && !IS_WINDOWS4 && i2 + 1 < segment.length) {
            set += segment[++i2];
            continue;
          } else if (c2 === "]") {
            closed = i2;
            break;
          } else {
            set += c2;
          }
        }
        if (closed >= 0) {
          if (set.length > 1) {
            return "";
          }
          if (set) {
            literal += set;
            i = closed;
            continue;
          }
        }
      }
      literal += c;
    }
    return literal;
  }
  /**
   * Escapes regexp special characters
   * https://javascript.info/regexp-escaping
   */
  static regExpEscape(s) {
    return s.replace(/[[\\^$.|?*+()]/g, "\\$&");
  }
};

// node_modules/@actions/glob/lib/internal-search-state.js
var SearchState = class {
  constructor(path6, level) {
    this.path = path6;
    this.level = level;
  }
};

// node_modules/@actions/glob/lib/internal-globber.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var __asyncValues = function(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve3, reject) {
        v = o[n](v), settle(resolve3, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve3, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve3({ value: v2, done: d });
    }, reject);
  }
};
var __await = function(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
};
var __asyncGenerator = function(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
};
var IS_WINDOWS5 = process.platform === "win32";
var DefaultGlobber = class _DefaultGlobber {
  constructor(options) {
    this.patterns = [];
    this.searchPaths = [];
    this.options = getOptions(options);
  }
  getSearchPaths() {
    return this.searchPaths.slice();
  }
  glob() {
    return __awaiter(this, void 0, void 0, function* () {
      var _a2, e_1, _b, _c;
      const result = [];
      try {
        for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a2 = _f.done, !_a2; _d = true) {
          _c = _f.value;
          _d = false;
          const itemPath = _c;
          result.push(itemPath);
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (!_d && !_a2 && (_b = _e.return)) yield _b.call(_e);
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      return result;
    });
  }
  globGenerator() {
    return __asyncGenerator(this, arguments, function* globGenerator_1() {
      const options = getOptions(this.options);
      const patterns = [];
      for (const pattern of this.patterns) {
        patterns.push(pattern);
        if (options.implicitDescendants && (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== "**")) {
          patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat("**")));
        }
      }
      const stack = [];
      for (const searchPath of getSearchPaths(patterns)) {
        debug(`Search path '${searchPath}'`);
        try {
          yield __await(fs.promises.lstat(searchPath));
        } catch (err) {
          if (err.code === "ENOENT") {
            continue;
          }
          throw err;
        }
        stack.unshift(new SearchState(searchPath, 1));
      }
      const traversalChain = [];
      while (stack.length) {
        const item = stack.pop();
        const match3 = match(patterns, item.path);
        const partialMatch2 = !!match3 || partialMatch(patterns, item.path);
        if (!match3 && !partialMatch2) {
          continue;
        }
        const stats = yield __await(
          _DefaultGlobber.stat(item, options, traversalChain)
          // Broken symlink, or symlink cycle detected, or no longer exists
        );
        if (!stats) {
          continue;
        }
        if (options.excludeHiddenFiles && path5.basename(item.path).match(/^\./)) {
          continue;
        }
        if (stats.isDirectory()) {
          if (match3 & MatchKind.Directory && options.matchDirectories) {
            yield yield __await(item.path);
          } else if (!partialMatch2) {
            continue;
          }
          const childLevel = item.level + 1;
          const childItems = (yield __await(fs.promises.readdir(item.path))).map((x) => new SearchState(path5.join(item.path, x), childLevel));
          stack.push(...childItems.reverse());
        } else if (match3 & MatchKind.File) {
          yield yield __await(item.path);
        }
      }
    });
  }
  /**
   * Constructs a DefaultGlobber
   */
  static create(patterns, options) {
    return __awaiter(this, void 0, void 0, function* () {
      const result = new _DefaultGlobber(options);
      if (IS_WINDOWS5) {
        patterns = patterns.replace(/\r\n/g, "\n");
        patterns = patterns.replace(/\r/g, "\n");
      }
      const lines = patterns.split("\n").map((x) => x.trim());
      for (const line of lines) {
        if (!line || line.startsWith("#")) {
          continue;
        } else {
          result.patterns.push(new Pattern(line));
        }
      }
      result.searchPaths.push(...getSearchPaths(result.patterns));
      return result;
    });
  }
  static stat(item, options, traversalChain) {
    return __awaiter(this, void 0, void 0, function* () {
      let stats;
      if (options.followSymbolicLinks) {
        try {
          stats = yield fs.promises.stat(item.path);
        } catch (err) {
          if (err.code === "ENOENT") {
            if (options.omitBrokenSymbolicLinks) {
              debug(`Broken symlink '${item.path}'`);
              return void 0;
            }
            throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
          }
          throw err;
        }
      } else {
        stats = yield fs.promises.lstat(item.path);
      }
      if (stats.isDirectory() && options.followSymbolicLinks) {
        const realPath = yield fs.promises.realpath(item.path);
        while (traversalChain.length >= item.level) {
          traversalChain.pop();
        }
        if (traversalChain.some((x) => x === realPath)) {
          debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
          return void 0;
        }
        traversalChain.push(realPath);
      }
      return stats;
    });
  }
};

// node_modules/@actions/glob/lib/glob.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function create(patterns, options) {
  return __awaiter2(this, void 0, void 0, function* () {
    return yield DefaultGlobber.create(patterns, options);
  });
}

// src/git/changed-files.ts
async function changedFiles(cwd, base, head) {
  const to = head === "HEAD" ? "HEAD^{commit}" : `${checkObjectId(head)}^{commit}`;
  const out = await runGit(cwd, ["diff", "--name-only", "-z", "--no-renames", "--no-relative", `${checkObjectId(base)}^{commit}`, to, "--"]);
  return out.toString("utf8").split("\0").filter((p) => p !== "");
}

// src/git/sealed-references.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";
var CONCURRENCY = 64;
async function sealedReferences(repoRoot, commit, packetDirs, sealFile, from = "both") {
  const id = await resolveCommit(repoRoot, commit);
  if (id === null) throw new GitError(`${commit} names no commit in ${repoRoot}`);
  const tree = await listTree(repoRoot, id);
  const blobs = new BlobReader(repoRoot);
  try {
    const found = await mapLimit(packetDirs, CONCURRENCY, async (dir) => {
      const path6 = dir === "." ? sealFile : `${dir}/${sealFile}`;
      const entry = tree.entries.get(path6);
      const pending = entry?.kind === "file" ? blobs.read(entry.oid, SEAL_FILE_LIMIT).catch(() => null) : null;
      const onDisk = from === "commit" ? null : readOrNull(join3(repoRoot, path6));
      const committed = await pending;
      const versions = [committed, onDisk].filter((b) => b !== null).map((b) => referencesIn(b.toString("utf8")));
      const read = versions.filter((v) => v !== null);
      return read.length === 0 ? null : [...new Set(read.flat().map(([, ref]) => ref))];
    });
    return new Map(packetDirs.map((dir, i) => [dir, found[i]]));
  } finally {
    blobs.close();
  }
}
function readOrNull(path6) {
  try {
    return readFileSync2(path6);
  } catch {
    return null;
  }
}

// src/action/commit-paths.ts
import { realpathSync } from "node:fs";
import { dirname as dirname3, isAbsolute, join as join4, relative, resolve, sep as sep5 } from "node:path";
var OPTIONS = { dot: true, nobrace: true, nocase: process.platform === "win32", nocomment: true, noext: true, nonegate: true };
function isInside(root, path6) {
  const rel = relative(root, path6);
  return !(rel === ".." || rel.startsWith(`..${sep5}`) || isAbsolute(rel));
}
function diskSpelling(path6) {
  let head = path6;
  let tail = "";
  for (; ; ) {
    try {
      return join4(realpathSync(head), tail);
    } catch {
      const up = dirname3(head);
      if (up === head) return path6;
      tail = join4(head.slice(up.length + (up.endsWith(sep5) ? 0 : 1)), tail);
      head = up;
    }
  }
}
function readLine(raw, cwd, top) {
  let text = raw.trim();
  let negate = false;
  while (text.startsWith("!")) {
    negate = !negate;
    text = text.slice(1).trim();
  }
  if (text === "") throw new InputError(`input path: ${JSON.stringify(raw)} is not a usable pattern: it is empty`);
  const foldersOnly = negate && text.endsWith("/");
  const abs = resolve(cwd, text);
  const parts = abs.split("/").slice(1);
  const set = new Minimatch(abs, OPTIONS).set[0] ?? [];
  let fixed = set.findIndex((p) => typeof p !== "string");
  if (fixed < 0) fixed = set.length;
  const literalCount = Math.max(0, fixed - 1);
  const prefix = `/${set.slice(1, 1 + literalCount).join("/")}`;
  const reaches = !isInside(cwd, prefix) && (literalCount === parts.length || !isInside(prefix, cwd));
  if (reaches && !negate) throw new InputError(`input path: ${JSON.stringify(raw)} reaches outside the workspace (${prefix})`);
  const relPrefix = relative(top, diskSpelling(prefix)).split(sep5).join("/");
  const outside = relPrefix === ".." || relPrefix.startsWith("../") || isAbsolute(relPrefix);
  if (outside && !negate) {
    const where = isInside(cwd, prefix) ? `lies outside the git repository ${top}: nothing there is committed` : `reaches outside the workspace (${prefix})`;
    throw new InputError(`input path: ${JSON.stringify(raw)} ${where}`);
  }
  const rest = parts.slice(literalCount);
  if (rest.length === 0) return { text: raw, negate, literal: outside ? null : relPrefix, matcher: null, foldersOnly, globstarLast: false };
  const pattern = [...relPrefix === "" ? [] : [escape(relPrefix, { windowsPathsNoEscape: false })], ...rest].join("/");
  return { text: raw, negate, literal: null, matcher: outside ? null : new Minimatch(pattern, OPTIONS), foldersOnly, globstarLast: rest[rest.length - 1] === "**" };
}
function matches(line, rel, folder) {
  if (line.foldersOnly && !folder) return false;
  if (line.literal !== null) return line.literal === rel;
  if (line.matcher === null || rel === "") return false;
  return line.matcher.match(line.globstarLast ? `${rel}/` : rel);
}
function commitRoots(patterns, cwd, top, tree, sealFile) {
  const lines = patterns.map((p) => readLine(p, cwd, top));
  const negations = lines.filter((l) => l.negate);
  const roots = /* @__PURE__ */ new Set();
  const links = /* @__PURE__ */ new Set();
  const keep = (line, rel, folder) => matches(line, rel, folder) && !negations.some((n) => matches(n, rel, folder));
  const every = lazyCandidates(tree, sealFile);
  for (const line of lines.filter((l) => !l.negate)) {
    let usable = 0;
    const found = (rel) => {
      if (!isInside(cwd, resolve(top, rel))) throw new InputError(`input path: ${JSON.stringify(line.text)} reaches outside the workspace (${resolve(top, rel)})`);
      roots.add(rel === "" ? "." : rel);
      usable++;
    };
    const { folders, files } = line.literal === null ? every() : literalCandidates(line.literal, tree, sealFile);
    for (const rel of folders) if (keep(line, rel, true)) found(rel);
    for (const [rel, kind] of files) {
      if (!keep(line, rel, false)) continue;
      found(rel);
      if (kind === "link") links.add(rel);
    }
    if (usable === 0) throw new InputError(`input path: ${JSON.stringify(line.text)} matched no directory or ${sealFile} in the commit judged`);
  }
  return { roots: [...roots], links: [...links] };
}
function lazyCandidates(tree, sealFile) {
  let all = null;
  return () => {
    if (all !== null) return all;
    const folders = /* @__PURE__ */ new Set([""]);
    const files = /* @__PURE__ */ new Map();
    for (const name of [...tree.entries.keys(), ...tree.undecodable]) {
      for (let i = name.indexOf("/"); i >= 0; i = name.indexOf("/", i + 1)) folders.add(name.slice(0, i));
    }
    for (const entry of tree.entries.values()) {
      const kind = fileKind(entry.path, entry.kind, sealFile);
      if (kind !== null) files.set(entry.path, kind);
    }
    all = { folders, files };
    return all;
  };
}
function literalCandidates(rel, tree, sealFile) {
  const entry = tree.entries.get(rel);
  const kind = entry === void 0 ? null : fileKind(rel, entry.kind, sealFile);
  const under = `${rel}/`;
  const folder = rel === "" || entriesUnder(tree, under).next().done !== true || tree.undecodable.some((name) => name.startsWith(under));
  return { folders: folder ? [rel] : [], files: kind === null ? [] : [[rel, kind]] };
}
function fileKind(path6, kind, sealFile) {
  if (kind === "symlink") return "link";
  return path6 === sealFile || path6.endsWith(`/${sealFile}`) ? "seal" : null;
}

// src/action/touched-packets.ts
function isUnder(path6, dir) {
  return dir === "." || path6 === dir || path6.startsWith(`${dir}/`);
}
function touchedPackets(packetDirs, changed, sealFile, references = /* @__PURE__ */ new Map()) {
  const changedSet = new Set(changed);
  const referencesChanged = (dir) => {
    const refs = references.get(dir);
    return refs === null || refs !== void 0 && refs.some((ref) => changedSet.has(ref));
  };
  const attributeDirs = changed.filter((path6) => nameOf(path6).toLowerCase() === ".gitattributes").map(reportDirOf);
  const touched = packetDirs.filter(
    (dir) => changed.some((path6) => isUnder(path6, dir)) || referencesChanged(dir) || attributeDirs.some((attributes) => isUnder(dir, attributes))
  );
  const known = new Set(packetDirs);
  const orphanSeals = changed.filter((path6) => nameOf(path6) === sealFile && !known.has(reportDirOf(path6)));
  return { touched, orphanSeals };
}
function nameOf(path6) {
  return path6.slice(path6.lastIndexOf("/") + 1);
}

// src/action/select.ts
async function expandPaths(patterns, cwd, sealFile) {
  const negations = patterns.filter((p) => p.startsWith("!"));
  const roots = [];
  for (const pattern of patterns.filter((p) => !p.startsWith("!"))) {
    let matches2;
    try {
      const globber = await create([resolve2(cwd, pattern), ...negations].join("\n"), {
        followSymbolicLinks: false,
        implicitDescendants: false,
        matchDirectories: true,
        omitBrokenSymbolicLinks: false
      });
      matches2 = await globber.glob();
    } catch (e) {
      throw new InputError(`input path: ${JSON.stringify(pattern)} is not a usable pattern: ${e.message}`);
    }
    let usable = 0;
    for (const match3 of matches2) {
      if (!isInside(cwd, match3)) throw new InputError(`input path: ${JSON.stringify(pattern)} reaches outside the workspace (${match3})`);
      const stat = await lstat(match3);
      if (stat.isDirectory() || stat.isSymbolicLink() || stat.isFile() && basename3(match3) === sealFile) {
        roots.push(match3);
        usable++;
      }
    }
    if (usable === 0) throw new InputError(`input path: ${JSON.stringify(pattern)} matched no directory or ${sealFile} in the workspace`);
  }
  return [...new Set(roots)];
}
async function realPaths(roots) {
  const realRoots = await Promise.all(roots.map(async (root) => [root, await realpath(root).catch(() => null)]));
  return async (abs) => {
    for (const [root, real] of realRoots) {
      if (real !== null && (abs === root || abs.startsWith(`${root}${sep6}`))) return real + abs.slice(root.length);
    }
    return realpath(abs);
  };
}
async function repositoryDirs(found, roots, top) {
  const real = await realPaths(roots);
  return Promise.all(found.map(async (abs) => reportPath(top, await real(abs))));
}
async function gitMode(settings, cwd) {
  if (settings.source === "worktree") return null;
  const repository = await repositoryAt(cwd, settings.ref);
  if (repository === null) return null;
  const top = await realpath(repository.top);
  if (repository.commit !== null) knownCommit(top, repository.commit);
  return { top, commit: repository.commit, repository };
}
async function selectPackets(settings, event, cwd, repoRoot) {
  const mode = await gitMode(settings, cwd);
  const gitTop = mode?.top ?? null;
  const judgedCommit = mode?.commit ?? null;
  if (gitTop !== null && judgedCommit === null) throw new InputError(`ref ${JSON.stringify(settings.ref)} names no commit in ${gitTop}`);
  const tree = gitTop === null || judgedCommit === null ? null : await listTree(gitTop, judgedCommit);
  let roots;
  let findings;
  let found;
  let committedDirs = null;
  if (gitTop === null || tree === null) {
    roots = await expandPaths(settings.paths, cwd, settings.sealFile);
    const discovery = await discoverPackets(roots, settings.sealFile);
    findings = discoveryFindings(discovery.problems, repoRoot);
    found = discovery.packets;
  } else {
    const chosen = commitRoots(settings.paths, await realpath(cwd), gitTop, tree, settings.sealFile);
    roots = chosen.roots.map((rel) => resolve2(gitTop, rel));
    const committed = committedPackets(tree, chosen.roots.map((r) => r === "." ? "" : r), settings.sealFile);
    const problems = [
      ...chosen.links.map((rel) => ({ path: rel, message: "search path is a symbolic link (committed with mode 120000): links are never followed" })),
      ...committed.problems
    ];
    findings = discoveryFindings(problems.map((p) => ({ ...p, path: resolve2(gitTop, p.path) })), repoRoot);
    committedDirs = committed.packets;
    found = committed.packets.map((rel) => resolve2(gitTop, rel));
  }
  const all = { packets: found, roots, findings, discovered: found.length, untouched: false, notes: [], repository: mode?.repository };
  if (settings.scope === "all") return all;
  if (event.base === null) {
    all.notes.push(`scope changed: the ${event.name} event names no base commit to compare with, so every packet is verified`);
    return all;
  }
  const judgedRef = gitTop === null ? "HEAD" : settings.ref;
  const onDisk = gitTop === null ? await repositoryAt(cwd, judgedRef) : null;
  if (gitTop === null && onDisk === null) throw new InputError(`scope changed: ${cwd} is not inside a git repository, so the change cannot be compared with its base`);
  const top = gitTop ?? await realpath(onDisk.top);
  const commit = judgedCommit ?? onDisk.commit;
  if (commit === null) throw new InputError(`scope changed: ref ${JSON.stringify(judgedRef)} names no commit, so the change cannot be compared with its base`);
  const { changed, fetched } = await changeSince(top, event.base, commit);
  const notes = [`scope changed: ${changed.length} changed path${changed.length === 1 ? "" : "s"} between ${event.base.slice(0, 12)}${fetched ? " (fetched)" : ""} and ${judgedRef === "HEAD" ? "HEAD" : commit.slice(0, 12)}`];
  const relDirs = committedDirs ?? await repositoryDirs(found, roots, top);
  const references = changed.length === 0 ? /* @__PURE__ */ new Map() : await sealedReferences(top, commit, relDirs, settings.sealFile, tree === null ? "both" : "commit");
  const { touched, orphanSeals } = touchedPackets(relDirs, changed, settings.sealFile, references);
  const deleted = [];
  for (const seal of orphanSeals) {
    const removed = tree === null ? !existsSync(resolve2(top, seal)) : tree.entries.get(seal)?.kind !== "file";
    if (removed) {
      notes.push(`${seal} was removed by this change`);
      deleted.push(resolve2(top, seal, ".."));
    }
  }
  const judged = gitTop === null ? [] : deleted;
  if (judged.length < deleted.length) notes.push("source worktree reads no commit, so removed packets are not judged");
  const keep = new Set(touched);
  const packets = found.filter((_, i) => keep.has(relDirs[i]));
  const untouched = packets.length === 0 && judged.length === 0 && findings.length === 0;
  return { packets, roots: [...packets, ...judged], findings, discovered: found.length, untouched, notes, repository: mode?.repository };
}
async function changeSince(top, base, commit) {
  try {
    const changed = await changedFiles(top, base, commit);
    knownCommit(top, base);
    return { changed, fetched: false };
  } catch {
    const { fetched } = await ensureBase(top, base);
    return { changed: await changedFiles(top, base, commit), fetched };
  }
}

// src/action/main.ts
var UNTOUCHED = "no packet touched by this pull request";
async function run() {
  try {
    const context = runContext();
    const payload = readEvent(context.eventName, context.payload, context.sha);
    const settings = readSettings(payload.name);
    const cwd = process.cwd();
    const repoRoot = findRepoRoot(cwd);
    const shard = settings.shard === null ? "" : `, shard ${settings.shard.k}/${settings.shard.n}`;
    logLine(`seal-gate: event ${payload.name}, scope ${settings.scope}, seal file ${settings.sealFile}${shard}`);
    const { event, reason } = await withChangeBase(payload, cwd, settings.source === "worktree" ? "HEAD" : settings.ref);
    if (reason !== null) logLine(reason);
    const proofRun = settings.selftest ? runSelftest() : Promise.resolve(null);
    const selecting = selectPackets(settings, event, cwd, repoRoot);
    selecting.catch(() => {
    });
    const proof = await proofRun;
    if (proof !== null && !proof.passed) {
      setOutput("ok", "false");
      setFailed(`seal-gate: ${selftestSummary(proof)}: this gate cannot prove it fails closed here, so it judges nothing`);
      return;
    }
    const selection = await selecting;
    for (const note of selection.notes) logLine(note);
    const report = selection.untouched ? { ok: true, seal: 1, packets: [], findings: [] } : await verifySelection(selection, settings, event, cwd);
    logReport(report);
    if (report.shard) logLine(shardLine(report.shard, report.packets.length));
    for (const w of report.warnings ?? []) warning(safeText(w.message), w.file ? { file: safeText(w.file) } : {});
    const reportFile = await writeReportFile(report);
    const findings = allFindings(report);
    const tally = await annotate(report, settings, event, context);
    const summary2 = renderSummary(report, {
      scope: settings.scope,
      event: event.name,
      discovered: selection.discovered,
      untouched: selection.untouched,
      notes: proof === null ? selection.notes : [selftestSummary(proof), ...selection.notes],
      tally
    });
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
    else logLine("GITHUB_STEP_SUMMARY is not set: no job summary written");
    setOutput("ok", report.ok ? "true" : "false");
    setOutput("packets", String(report.packets.length));
    setOutput("findings", String(findings.length));
    setOutput("report", reportFile);
    if (selection.untouched) notice(UNTOUCHED);
    else if (report.ok && report.shard && report.packets.length === 0) notice(shardLine(report.shard, 0));
    if (!report.ok) setFailed(headline(report, selection));
    else logLine(headline(report, selection));
  } catch (error2) {
    setOutput("ok", "false");
    const message = error2 instanceof Error ? error2.message : String(error2);
    setFailed(`seal-gate: ${message}`);
  }
}
async function runSelftest() {
  logGroup("seal-gate selftest");
  try {
    const result = await selftest({ tmpRoot: process.env.RUNNER_TEMP || void 0 });
    logLine(selftestSummary(result));
    for (const problem of selftestProblems(result)) logLine(`selftest: ${problem}`);
    return result;
  } finally {
    endGroup();
  }
}
async function verifySelection(selection, settings, event, cwd) {
  const base = settings.source === "worktree" ? void 0 : event.appendOnlyBase ?? void 0;
  if (settings.source === "worktree" && event.appendOnlyBase !== null) {
    logLine("source worktree: the append-only rule needs the committed bytes (source auto or git) and is not applied");
  }
  const progress = new ProgressLog();
  const report = await verifyWithSource({
    paths: selection.roots,
    cwd,
    sealFile: settings.sealFile,
    source: settings.source,
    ref: settings.ref,
    base,
    allowReseal: event.labels.includes(settings.resealLabel),
    config: settings.config ?? void 0,
    shard: settings.shard ?? void 0,
    repository: selection.repository,
    onProgress: progress.update
  }).finally(() => progress.end());
  const onlyDeletions = settings.scope === "changed" && selection.packets.length === 0 && selection.roots.length > 0;
  if (selection.findings.length === 0 && !onlyDeletions) return report;
  const findings = [...selection.findings, ...report.findings.filter((f) => !(onlyDeletions && f.kind === "no-packets"))];
  const ok = onlyDeletions ? findings.length === 0 && report.packets.every((p) => p.ok) : reportOk(report.packets, findings, report.shard);
  return { ...report, findings, ok };
}
async function annotate(report, settings, event, context) {
  const findings = allFindings(report);
  const tally = { total: countFindings(report), inline: 0, checkRun: 0, checkRunUrl: null, problem: null };
  tally.inline = emitAnnotations(findings);
  if (!shouldPublish(settings.checks, findings.length, tally.inline)) {
    if (findings.length > tally.inline) tally.problem = "check runs are turned off (`checks: false`)";
  } else if (settings.token === "") {
    tally.problem = "no github-token was given, so no check run could be published";
  } else if (event.checkSha === null) {
    tally.problem = "the event names no commit to attach a check run to";
  } else {
    const { owner, repo } = runRepository(context);
    const { getOctokit } = await import("./chunks/github-AMMIJMK7.js");
    const octokit = getOctokit(settings.token);
    const api = {
      create: (params) => octokit.rest.checks.create(params),
      update: (params) => octokit.rest.checks.update(params)
    };
    const result = await publishCheckRun(api, {
      owner,
      repo,
      headSha: event.checkSha,
      findings,
      ok: report.ok,
      title: headline(report, { untouched: false }),
      name: report.shard ? `${CHECK_RUN_NAME} (shard ${report.shard.k}/${report.shard.n})` : void 0,
      summary: `${findings.length} findings; the job summary of this run lists them with their causes.`
    });
    tally.checkRunUrl = result.url;
    tally.checkRun = Math.max(0, result.published - tally.inline);
    if (result.problem) tally.problem = result.problem.message;
  }
  const notAnnotated = tally.total - tally.inline - tally.checkRun;
  if (notAnnotated > 0) {
    warning(`${notAnnotated} of ${tally.total} findings were not annotated: ${tally.problem ?? "unknown reason"}. All are in the job summary and the report file.`);
  }
  return tally;
}

// src/index.ts
await run();
