import { createRequire as __sealGateCreateRequire } from 'node:module';
const require = __sealGateCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-D7PX3C6W.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/core/json/pointer.ts
function escapePointerToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointerToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function childPointer(parent, token) {
  return `${parent}/${typeof token === "number" ? String(token) : escapePointerToken(token)}`;
}
function pointerTokens(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapePointerToken);
}
function valueAt(root, pointer) {
  let current = root;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return void 0;
      current = current[Number(token)];
    } else if (current !== null && typeof current === "object") {
      if (!Object.prototype.hasOwnProperty.call(current, token)) return void 0;
      current = current[token];
    } else {
      return void 0;
    }
  }
  return current;
}
function displayPointer(pointer) {
  return pointer === "" ? "(root)" : pointer;
}

// src/core/finding.ts
var ALL_CAUSES = [
  "bom",
  "crlf",
  "ensure-ascii",
  "unicode",
  "trailing-newline",
  "truncated",
  "appended",
  "edited",
  "unknown"
];
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
}
function finding(kind, file, message, extra = {}) {
  const out = {
    kind,
    file,
    line: extra.line ?? null,
    causes: extra.causes ?? [],
    message: oneLine(message)
  };
  if (extra.column !== void 0) out.column = extra.column;
  if (extra.evidence !== void 0) out.evidence = extra.evidence;
  return out;
}

// src/core/json/config-error.ts
var ConfigError = class extends Error {
  constructor(detail, file = null, line = null, column = null) {
    const where = file === null ? "" : line === null ? `${file}: ` : `${file}:${line}:${column ?? 1}: `;
    super(oneLine(where + detail));
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = oneLine(detail);
  }
  file;
  line;
  column;
  name = "ConfigError";
  /** The message without its location prefix. */
  detail;
  /** The same problem as a `config` finding, for reports. */
  toFinding() {
    return finding("config", this.file ?? "", this.detail, {
      line: this.line,
      ...this.column === null ? {} : { column: this.column }
    });
  }
};
var SchemaNotFoundError = class extends ConfigError {
  constructor(detail, missing) {
    super(detail);
    this.missing = missing;
  }
  missing;
};

// src/core/json/repo-files.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
var MAX_REPO_FILE_BYTES = 64 << 20;
function repoPathProblem(path) {
  if (path === "") return "is empty";
  if (path.includes("\0")) return "contains a NUL character";
  if (path.includes("\\")) return "must use '/' as separator (no backslashes)";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "must be relative to the repository root";
  for (const segment of path.split("/")) {
    if (segment === "") return "has an empty path segment";
    if (segment === "." || segment === "..") return `must not contain a '${segment}' segment`;
  }
  return null;
}
function checkRepoPath(path) {
  const problem = repoPathProblem(path);
  if (problem !== null) throw new RepoFileError(`path ${JSON.stringify(path)} ${problem}`);
}
var RepoFileError = class extends Error {
};
function diskFiles(repoRoot) {
  return { where: null, read: (path, limit) => readRepoFile(repoRoot, path, limit) };
}
function repoFilesOf(files) {
  return typeof files === "string" ? diskFiles(files) : files;
}
function inWhere(files) {
  return files.where === null ? "" : ` in ${files.where}`;
}
function readRepoFile(repoRoot, path, limit = MAX_REPO_FILE_BYTES) {
  checkRepoPath(path);
  const segments = path.split("/");
  let current = repoRoot;
  for (let i = 0; i < segments.length; i++) {
    current = join(current, segments[i]);
    let stat;
    try {
      stat = lstatSync(current);
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return null;
      throw new RepoFileError(`${path} cannot be read (${code ?? "error"})`);
    }
    if (stat.isSymbolicLink()) {
      throw new RepoFileError(`${segments.slice(0, i + 1).join("/")} is a symbolic link; schemas and configuration must be regular files`);
    }
    if (i < segments.length - 1 && !stat.isDirectory()) return null;
    if (i === segments.length - 1 && !stat.isFile()) throw new RepoFileError(`${path} is not a regular file`);
  }
  let fd;
  try {
    fd = openSync(current, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw new RepoFileError(`${path} cannot be read (${e.code ?? "error"})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new RepoFileError(`${path} is not a regular file`);
    if (stat.size > limit) throw new RepoFileError(tooLarge(path, limit));
    const bytes = new Uint8Array(readFileSync(fd));
    if (bytes.length > limit) throw new RepoFileError(tooLarge(path, limit));
    return bytes;
  } finally {
    closeSync(fd);
  }
}
function tooLarge(path, limit) {
  return `${path} is larger than ${limit} bytes`;
}

export {
  ALL_CAUSES,
  oneLine,
  finding,
  require_ucs2length,
  childPointer,
  pointerTokens,
  valueAt,
  displayPointer,
  ConfigError,
  SchemaNotFoundError,
  MAX_REPO_FILE_BYTES,
  repoPathProblem,
  checkRepoPath,
  RepoFileError,
  diskFiles,
  repoFilesOf,
  inWhere,
  readRepoFile,
  tooLarge
};
