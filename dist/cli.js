#!/usr/bin/env node
import { createRequire as __sealGateCreateRequire } from 'node:module';
const require = __sealGateCreateRequire(import.meta.url);
import {
  DEFAULT_SEAL_FILE,
  SealRefused,
  UsageError,
  countFindings,
  parseShard,
  progressText,
  sealPacket,
  selftest,
  selftestProblems,
  selftestSummary,
  shardLine,
  verifyWithSource
} from "./chunks/chunk-MIBVMP5V.js";
import "./chunks/chunk-GSRJWSCH.js";
import "./chunks/chunk-ITFQ3BTO.js";
import {
  ConfigError
} from "./chunks/chunk-2LBU2DDN.js";
import "./chunks/chunk-D7PX3C6W.js";

// src/cli/main.ts
import { resolve } from "node:path";

// package.json
var package_default = {
  name: "seal-gate",
  version: "0.1.0",
  description: "Fail a pull request when the bytes of a committed evidence packet no longer match its seal, and say why.",
  license: "MIT",
  type: "module",
  private: true,
  bin: {
    "seal-gate": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    bundle: "npm run build",
    typecheck: "tsc --noEmit",
    lint: "tsc --noEmit",
    test: "NODE_OPTIONS=--experimental-vm-modules jest",
    "test:node24": "npx -y node@24 --experimental-vm-modules node_modules/jest/bin/jest.js",
    start: "node scripts/demo.mjs",
    bench: "node bench/run.mjs",
    "check-dist": "node scripts/check-dist.mjs",
    "check-action": "node scripts/check-action-yml.mjs",
    "check-workflows": "node scripts/check-workflow.mjs .github/workflows/*.yml docs/examples/*.yml",
    all: "npm run typecheck && npm run build && npm test"
  },
  dependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@actions/glob": "0.7.0",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    minimatch: "10.2.6",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@actions/workflow-parser": "0.3.61",
    "@jest/globals": "30.5.2",
    "@octokit/openapi": "23.0.2",
    "@octokit/webhooks-examples": "7.6.1",
    "@types/node": "20.19.43",
    esbuild: "0.28.2",
    "fast-check": "4.10.2",
    jest: "30.5.2",
    "ts-jest": "29.4.15",
    typescript: "5.9.3"
  }
};

// src/cli/args.ts
function parseArgs(argv, spec) {
  const [command, ...rest] = argv;
  if (command === void 0) throw new UsageError("no command given");
  const accepted = spec[command];
  if (accepted === void 0) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  const flags = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Map();
  const paths = [];
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPaths || !arg.startsWith("-") || arg === "-") {
      paths.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const takesValue = accepted[name];
    if (takesValue === void 0) throw new UsageError(`unknown option ${JSON.stringify(name)} for ${command}`);
    if (!takesValue) {
      if (eq >= 0) throw new UsageError(`option ${name} takes no value`);
      flags.set(name, true);
    } else {
      const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === void 0) throw new UsageError(`option ${name} needs a value`);
      if (takesValue === "many") lists.set(name, [...lists.get(name) ?? [], value]);
      else flags.set(name, value);
    }
  }
  return { command, flags, lists, paths };
}

// src/cli/format-text.ts
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => {
    const cp = c.charCodeAt(0);
    return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u{${cp.toString(16)}}`;
  });
}
var short = (hash) => hash === null ? "unknown" : hash.slice(0, 12);
function findingLine(f) {
  const where = f.line === null ? f.file : `${f.file}:${f.line}${f.column === void 0 ? "" : `:${f.column}`}`;
  const causes = f.causes.length > 0 ? ` [${f.causes.join(", ")}${f.evidence ? `; ${f.evidence}` : ""}]` : "";
  return `  ${f.kind.padEnd(9)} ${printable(where)}${causes}: ${printable(f.message)}`;
}
function formatText(report) {
  const lines = [];
  for (const f of report.findings) lines.push(findingLine(f));
  for (const p of report.packets) {
    const tree = p.tree.sealed === p.tree.actual ? `tree ${short(p.tree.actual)}` : `tree sealed ${short(p.tree.sealed)} actual ${short(p.tree.actual)}`;
    lines.push(`${p.ok ? "PASS" : "FAIL"} ${printable(p.dir)}  ${tree}  (${p.files} files)`);
    for (const f of p.findings) lines.push(findingLine(f));
  }
  const failed = report.packets.filter((p) => !p.ok).length;
  const n = countFindings(report);
  if (report.shard) lines.push(`seal-gate: ${shardLine(report.shard, report.packets.length)}`);
  lines.push(
    report.ok ? `seal-gate: ${report.packets.length} packet${report.packets.length === 1 ? "" : "s"} verified, all pass` : `seal-gate: FAIL: ${failed} of ${report.packets.length} packets failed, ${n} finding${n === 1 ? "" : "s"}`
  );
  return lines.join("\n") + "\n";
}

// src/cli/progress-line.ts
var CLEAR_TO_END = "\x1B[K";
var ProgressLine = class {
  constructor(write, columns = () => void 0) {
    this.write = write;
    this.columns = columns;
  }
  write;
  columns;
  shown = false;
  update = (event) => {
    if (event.final) {
      this.clear();
      return;
    }
    const columns = this.columns() || 80;
    const width = Math.max(20, columns - 1);
    this.write(`\r${`seal-gate: ${progressText(event)}`.slice(0, width)}${CLEAR_TO_END}`);
    this.shown = true;
  };
  /** Removes the line, if one is shown. Safe to call more than once. */
  clear() {
    if (!this.shown) return;
    this.write(`\r${CLEAR_TO_END}`);
    this.shown = false;
  }
};

// src/cli/main.ts
var HELP = `seal-gate ${package_default.version}: fail when the bytes of a sealed evidence packet drift, and say why.

Usage:
  seal-gate verify [--json] [--seal-file NAME] [--config FILE] [--source auto|git|worktree] [--ref REF]
                  [--base REF [--allow-reseal]] [--shard K/N] [--no-progress] [PATH...]
      Verify every packet (a directory holding seal.json) at or under each PATH (default: .).
      Exit 0 when all verified and at least one was found, 1 otherwise, 2 on bad usage.
      --json prints the report as JSON (docs/report-format.md).
      --config FILE: JSON validation rules (default .github/seal-gate.yml when present;
      docs/json-validation.md), read with its schemas from the commit in git mode and from
      disk in worktree mode. A broken configuration exits 2.
      --source: committed bytes (git), files on disk (worktree), or git inside a repository
      and worktree outside one (auto, the default); --ref: the commit judged (default HEAD);
      --base: packets sealed there must keep their seal, unless --allow-reseal (docs/git.md).
      --shard K/N: verify only slice K of N (1 <= K <= N <= 256), balanced by bytes; N runs with
      the same other arguments verify every packet exactly once (docs/action.md, "Sharding").
      On a terminal, progress is shown on stderr; --no-progress (or --json) turns it off.
  seal-gate seal [--seal-file NAME] DIR...
  seal-gate seal [--seal-file NAME] [--reference PATH=CANONICAL]... [--drop-reference PATH]... DIR
      Write or refresh DIR/seal.json from the bytes in DIR (docs/seal-format.md).
      --reference: seal PATH (in the packet, absent from it) as a reference to the canonical
      file CANONICAL (a path from the root of DIR's repository) instead of a copy. Re-sealing keeps
      every reference of the current seal, re-hashes its canonical file and says so;
      --drop-reference PATH drops one (then seal the copy, or nothing, at PATH).
  seal-gate selftest
      Prove that this gate fails closed here: drift a packet in a temporary folder once per
      class it catches, and check that each copy fails and the untouched one passes.
  seal-gate help | --help
  seal-gate version | --version
`;
var SPEC = {
  verify: {
    "--json": false,
    "--seal-file": true,
    "--config": true,
    "--source": true,
    "--ref": true,
    "--base": true,
    "--allow-reseal": false,
    "--shard": true,
    "--no-progress": false
  },
  seal: { "--seal-file": true, "--reference": "many", "--drop-reference": "many" },
  selftest: {},
  help: {},
  version: {}
};
var processIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  errIsTerminal: process.stderr.isTTY === true,
  columns: () => process.stderr.columns
};
async function main(argv, io = processIo) {
  try {
    const first = argv[0];
    if (first === "--help" || first === "-h") return help(io);
    if (first === "--version") return version(io);
    const args = parseArgs(argv, SPEC);
    const sealFile = sealFileFlag(args.flags.get("--seal-file"));
    switch (args.command) {
      case "help":
        return help(io);
      case "version":
        return version(io);
      case "seal":
        return await sealCommand(args.paths, sealFile, io, referenceFlags(args.lists));
      case "selftest":
        if (args.paths.length > 0) throw new UsageError("selftest takes no arguments");
        return await selftestCommand(io);
      default:
        return await verifyCommand(args.paths, args.flags, sealFile, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.err(`seal-gate: ${printable(e.message)}
Run 'seal-gate --help' for usage.
`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`seal-gate: internal error, failing closed: ${printable(message)}
`);
    if (process.env.SEAL_GATE_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}
`);
    return 1;
  }
}
function sealFileFlag(value) {
  if (value === void 0) return DEFAULT_SEAL_FILE;
  if (value === true || value === "" || /[/\\\u0000]/.test(value) || value === "." || value === "..") {
    throw new UsageError("--seal-file takes a plain file name");
  }
  return value;
}
function sourceFlags(flags) {
  const value = (name) => {
    const v = flags.get(name);
    if (v === true || v === "") throw new UsageError(`${name} needs a value`);
    return v;
  };
  const source = value("--source");
  if (source !== void 0 && source !== "auto" && source !== "git" && source !== "worktree") {
    throw new UsageError("--source takes auto, git or worktree");
  }
  const base = value("--base");
  if (flags.has("--allow-reseal") && base === void 0) throw new UsageError("--allow-reseal needs --base");
  const shard = value("--shard");
  return {
    source,
    ref: value("--ref"),
    base,
    allowReseal: flags.has("--allow-reseal"),
    config: value("--config"),
    shard: shard === void 0 ? void 0 : parseShard(shard)
  };
}
async function verifyCommand(paths, flags, sealFile, io) {
  const json = flags.has("--json");
  const options = sourceFlags(flags);
  const line = !json && !flags.has("--no-progress") && io.errIsTerminal === true ? new ProgressLine(io.err, io.columns) : null;
  let report;
  try {
    report = await verifyWithSource({ ...options, paths, cwd: io.cwd, sealFile, onProgress: line?.update });
  } finally {
    line?.clear();
  }
  for (const w of report.warnings ?? []) io.err(`seal-gate: warning: ${printable(w.message)}
`);
  io.out(json ? JSON.stringify(report, null, 2) + "\n" : formatText(report));
  return report.ok ? 0 : 1;
}
async function selftestCommand(io) {
  const result = await selftest();
  for (const problem of selftestProblems(result)) io.err(`seal-gate: selftest: ${printable(problem)}
`);
  io.out(`${selftestSummary(result)}
`);
  return result.passed ? 0 : 1;
}
function referenceFlags(lists) {
  const references = /* @__PURE__ */ new Map();
  for (const value of lists.get("--reference") ?? []) {
    const eq = value.indexOf("=");
    if (eq <= 0 || eq === value.length - 1) throw new UsageError(`--reference takes PATH=CANONICAL, not ${JSON.stringify(value)}`);
    const path = value.slice(0, eq);
    if (references.has(path)) throw new UsageError(`--reference ${path} is given twice`);
    references.set(path, value.slice(eq + 1));
  }
  const dropReferences = lists.get("--drop-reference") ?? [];
  const both = dropReferences.find((p) => references.has(p));
  if (both !== void 0) throw new UsageError(`${both} is both given a --reference and dropped`);
  return { references, dropReferences };
}
async function sealCommand(dirs, sealFile, io, options) {
  if (dirs.length === 0) throw new UsageError("seal needs at least one DIR");
  const asked = options.references?.size ?? 0;
  if ((asked > 0 || (options.dropReferences?.length ?? 0) > 0) && dirs.length !== 1) {
    throw new UsageError("--reference and --drop-reference seal one DIR at a time");
  }
  const ordered = [...new Set(dirs.map((d) => resolve(io.cwd, d)))].sort((a, b) => b.split("/").length - a.split("/").length);
  let failed = 0;
  for (const dir of ordered) {
    try {
      const seal = await sealPacket(dir, sealFile, options);
      const refs = [...seal.files].filter((f) => f.ref !== void 0);
      io.out(`sealed ${printable(dir)}  tree ${short(seal.tree)}  (${seal.files.length} files${refs.length > 0 ? `, ${refs.length} by reference` : ""})
`);
      for (const f of refs) {
        const kept = options.references?.has(f.path) !== true;
        io.out(`  ${kept ? "kept reference" : "reference"} ${printable(f.path)} -> ${printable(f.ref)}  sha256 ${short(f.sha256)}${kept ? " (from the current seal)" : ""}
`);
      }
      for (const path of options.dropReferences ?? []) io.out(`  dropped reference ${printable(path)}
`);
    } catch (e) {
      if (e instanceof SealRefused) {
        failed++;
        io.err(`seal-gate: ${printable(dir)}: ${printable(e.message)}
`);
        continue;
      }
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`${dir} is not a directory`);
      throw e;
    }
  }
  return failed === 0 ? 0 : 1;
}
function help(io) {
  io.out(HELP);
  return 0;
}
function version(io) {
  io.out(`seal-gate ${package_default.version}
`);
  return 0;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));
