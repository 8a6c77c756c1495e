import { createRequire as __sealGateCreateRequire } from 'node:module';
const require = __sealGateCreateRequire(import.meta.url);
import {
  strictParse
} from "./chunk-GSRJWSCH.js";
import {
  DEFAULT_CONFIG_PATH,
  describeErrors,
  schemasForFile
} from "./chunk-ITFQ3BTO.js";
import {
  ALL_CAUSES,
  MAX_REPO_FILE_BYTES,
  RepoFileError,
  SchemaNotFoundError,
  checkRepoPath,
  diskFiles,
  finding,
  inWhere,
  oneLine,
  readRepoFile,
  repoPathProblem,
  require_ucs2length,
  tooLarge
} from "./chunk-2LBU2DDN.js";
import {
  __toESM
} from "./chunk-D7PX3C6W.js";

// src/core/repo-root.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
function findRepoRoot(start) {
  let dir = resolve(start);
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(start);
    dir = parent;
  }
}
function reportPath(root, abs) {
  const rel = relative(root, abs);
  if (rel === "") return ".";
  return sep === "/" ? rel : rel.split(sep).join("/");
}
function joinReportPath(dir, path) {
  return dir === "." ? path : `${dir}/${path}`;
}
function reportDirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
}

// src/core/report.ts
function reportOk(packets, findings, shard) {
  const something = packets.length > 0 || shard !== void 0 && shard.total > 0;
  return something && findings.length === 0 && packets.every((p) => p.ok && p.findings.length === 0);
}
function countFindings(report) {
  return report.findings.length + report.packets.reduce((n, p) => n + p.findings.length, 0);
}

// src/core/seal-file.ts
import { isUtf8 } from "node:buffer";

// src/core/ajv-errors.ts
function describeAjvErrors(errors) {
  return (errors ?? []).map((e) => {
    const where = e.instancePath === "" ? "(top level)" : e.instancePath;
    const params = e.params;
    let extra = "";
    if (e.keyword === "additionalProperties") extra = ` (${JSON.stringify(params.additionalProperty)})`;
    else if (e.keyword === "const") extra = ` (${JSON.stringify(params.allowedValue)})`;
    else if (e.keyword === "enum") extra = ` (${JSON.stringify(params.allowedValues)})`;
    return `${where}: ${e.message ?? e.keyword}${extra}`;
  });
}

// src/core/paths.ts
function pathProblem(path) {
  if (path.length > 0 && path.length <= 4096 && printableAscii(path)) return layoutProblem(path);
  if (path.length === 0) return "empty path";
  if (Buffer.byteLength(path, "utf8") > 4096) return "path longer than 4096 bytes";
  if (!path.isWellFormed()) return "path is not valid Unicode";
  if (/[\u0000-\u001f\u007f-\u009f]/.test(path)) return "control character in path";
  if (path.includes("\\")) return "backslash in path";
  return layoutProblem(path);
}
function printableAscii(path) {
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c < 32 || c > 126 || c === 92) return false;
  }
  return true;
}
function layoutProblem(path) {
  if (path.startsWith("/")) return "absolute path";
  if (/^[A-Za-z]:/.test(path)) return "drive-letter path";
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== 47) continue;
    const length = i - start;
    if (length === 0) return 'empty path segment (leading, trailing or doubled "/")';
    if (length <= 2 && path.charCodeAt(start) === 46 && (length === 1 || path.charCodeAt(start + 1) === 46)) {
      return `"${path.slice(start, i)}" segment in path`;
    }
    if (length === 4 && path.slice(start, i).toLowerCase() === ".git") {
      return `"${path.slice(start, i)}" segment in path (git never holds one)`;
    }
    start = i + 1;
  }
  return null;
}
var ASCII = /^[\u0000-\u007f]*$/;
function collisionKey(path) {
  if (ASCII.test(path)) return path.toLowerCase();
  return path.normalize("NFC").toLowerCase().normalize("NFC");
}
var PLAIN = /^[\u0000-\u0040\u005b-\u007f]*$/;
function collisions(count2, pathAt) {
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < count2; i++) {
    const path = pathAt(i);
    if (PLAIN.test(path)) continue;
    const key = collisionKey(path);
    const group = groups.get(key);
    if (group === void 0) groups.set(key, [i]);
    else group.push(i);
  }
  if (groups.size === 0) return [];
  for (let i = 0; i < count2; i++) {
    const path = pathAt(i);
    if (PLAIN.test(path)) groups.get(path)?.push(i);
  }
  const out = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a - b);
    for (let g = 1; g < group.length; g++) {
      const path = pathAt(group[g]);
      if (path !== pathAt(group[g - 1]) && path !== pathAt(group[0])) out.push([group[g], group[0]]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
function compareBytewise(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 55296 && y >= 55296 && (x <= 57343 || y <= 57343)) {
      return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

// src/core/doubled.ts
function doubled(column, make) {
  const grown = make(column.length * 2);
  grown.set(column);
  return grown;
}

// src/core/seal-entries.ts
var HEX = /^[0-9a-f]{64}$/;
var SealEntries = class _SealEntries {
  paths = [];
  refs = /* @__PURE__ */ new Map();
  digests;
  sizes;
  /** `capacity`: the entries expected (more are taken, at the cost of copying the columns). */
  constructor(capacity = 16) {
    this.digests = Buffer.alloc(32 * Math.max(capacity, 1));
    this.sizes = new Float64Array(Math.max(capacity, 1));
  }
  /** Entries from objects, in the order given. */
  static of(entries) {
    const out = new _SealEntries();
    for (const e of entries) out.add(e.path, e.ref, e.sha256, e.bytes);
    return out;
  }
  get length() {
    return this.paths.length;
  }
  /** Appends an entry; `sha256` is 64 lowercase hex characters (anything else is a fault of the caller). */
  add(path, ref, sha256, bytes) {
    if (!HEX.test(sha256)) throw new Error("internal: a seal entry digest that is not 64 lowercase hex characters");
    const i = this.reserve();
    this.digests.write(sha256, 32 * i, "hex");
    this.append(i, path, ref, bytes);
  }
  /** Appends an entry whose digest is the 64 lowercase hex characters `hex[at, at + 64)` (ASCII bytes). */
  addHexBytes(path, ref, hex, at, bytes) {
    const i = this.reserve();
    for (let b = 0; b < 32; b++) this.digests[32 * i + b] = nibble(hex[at + 2 * b]) << 4 | nibble(hex[at + 2 * b + 1]);
    this.append(i, path, ref, bytes);
  }
  path(i) {
    return this.paths[i];
  }
  ref(i) {
    return this.refs.get(i);
  }
  bytes(i) {
    return this.sizes[i];
  }
  /** Lowercase hex sha256 of entry `i`. */
  sha256(i) {
    return this.digests.toString("hex", 32 * i, 32 * i + 32);
  }
  /** Whether entry `i` seals exactly `bytes` bytes whose sha256 is `digests[at, at + 32)`. */
  holds(i, digests, at, bytes) {
    if (this.sizes[i] !== bytes) return false;
    for (let b = 0; b < 32; b++) if (this.digests[32 * i + b] !== digests[at + b]) return false;
    return true;
  }
  /** Entry `i` as an object. */
  entry(i) {
    return this.entryWith(i, this.sha256(i));
  }
  /** Every entry as an object, in order; the hex made for 1,024 digests at a time. */
  *[Symbol.iterator]() {
    for (let from = 0; from < this.paths.length; from += 1024) {
      const to = Math.min(from + 1024, this.paths.length);
      const hex = this.digests.toString("hex", 32 * from, 32 * to);
      for (let i = from; i < to; i++) yield this.entryWith(i, hex.slice(64 * (i - from), 64 * (i - from + 1)));
    }
  }
  /** The entries as objects, the `files` of the seal's JSON (JSON.stringify of a seal). */
  toJSON() {
    return [...this];
  }
  entryWith(i, sha256) {
    const ref = this.refs.get(i);
    return ref === void 0 ? { path: this.paths[i], sha256, bytes: this.sizes[i] } : { path: this.paths[i], ref, sha256, bytes: this.sizes[i] };
  }
  reserve() {
    const i = this.paths.length;
    if (i === this.sizes.length) {
      this.digests = doubled(this.digests, (n) => Buffer.alloc(n));
      this.sizes = doubled(this.sizes, (n) => new Float64Array(n));
    }
    return i;
  }
  append(i, path, ref, bytes) {
    this.paths.push(path);
    this.sizes[i] = bytes;
    if (ref !== void 0) this.refs.set(i, ref);
  }
};
function nibble(c) {
  return c <= 57 ? c - 48 : c - 87;
}

// src/core/schemas/seal-validators.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var ucs2length = import_ucs2length.default.default ?? import_ucs2length.default;
var validateSeal = validate0;
var pattern0 = new RegExp("^[0-9a-f]{64}$", "u");
var func0 = ucs2length;
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate1.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.bytes === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "ref" || key0 === "sha256" || key0 === "bytes")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func0(data0) > 4096) {
          const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func0(data0) < 1) {
          const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data1 = data.ref;
      if (typeof data1 === "string") {
        if (func0(data1) > 4096) {
          const err7 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func0(data1) < 1) {
          const err8 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data2 = data.sha256;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err10 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.bytes !== void 0) {
      let data3 = data.bytes;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 9007199254740991 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}
validate1.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate0.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.seal === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seal" }, message: "must have required property 'seal'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.algorithm === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tree === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tree" }, message: "must have required property 'tree'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "seal" || key0 === "algorithm" || key0 === "tree" || key0 === "files")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.seal !== void 0) {
      if (1 !== data.seal) {
        const err5 = { instancePath: instancePath + "/seal", schemaPath: "#/properties/seal/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.algorithm !== void 0) {
      if ("sha256" !== data.algorithm) {
        const err6 = { instancePath: instancePath + "/algorithm", schemaPath: "#/properties/algorithm/const", keyword: "const", params: { allowedValue: "sha256" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.tree !== void 0) {
      let data2 = data.tree;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err7 = { instancePath: instancePath + "/tree", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/tree", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data3 = data.files;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate1(data3[i0], { instancePath: instancePath + "/files/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateEntry = validate3;
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate3.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.bytes === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "ref" || key0 === "sha256" || key0 === "bytes")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func0(data0) > 4096) {
          const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func0(data0) < 1) {
          const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data1 = data.ref;
      if (typeof data1 === "string") {
        if (func0(data1) > 4096) {
          const err7 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func0(data1) < 1) {
          const err8 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data2 = data.sha256;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err10 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.bytes !== void 0) {
      let data3 = data.bytes;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 9007199254740991 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
validate3.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/core/seal-file.ts
var SEAL_VERSION = 1;
var DEFAULT_SEAL_FILE = "seal.json";
var validateSeal2 = validateSeal;
var validateEntry2 = validateEntry;
function validateSchema(value) {
  return validateSeal2(value) ? [] : describeAjvErrors(validateSeal2.errors);
}
function canonicalSealText(seal) {
  const ordered = {
    seal: seal.seal,
    algorithm: seal.algorithm,
    tree: seal.tree,
    // `ref` is left out of the text when absent (JSON.stringify drops undefined), so a seal
    // without references keeps the bytes it had before references existed.
    files: [...seal.files].map((f) => ({ path: f.path, ref: f.ref, sha256: f.sha256, bytes: f.bytes }))
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}
function* canonicalSealPieces(seal) {
  const s = JSON.stringify;
  yield `{
  "seal": ${s(seal.seal)},
  "algorithm": ${s(seal.algorithm)},
  "tree": ${s(seal.tree)},
  "files": `;
  if (seal.files.length === 0) return yield "[]\n}\n";
  let separator = "[\n";
  for (const f of seal.files) {
    yield separator + canonicalEntryText(f);
    separator = ",\n";
  }
  yield "\n  ]\n}\n";
}
function canonicalEntryText(f) {
  const s = JSON.stringify;
  const ref = f.ref === void 0 ? "" : `      "ref": ${s(f.ref)},
`;
  return `    {
      "path": ${s(f.path)},
${ref}      "sha256": ${s(f.sha256)},
      "bytes": ${s(f.bytes)}
    }`;
}
function isCanonical(text, seal) {
  let at = 0;
  for (const piece of canonicalSealPieces(seal)) {
    if (!text.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === text.length;
}
function parseSeal(bytes, file, sealFileName = DEFAULT_SEAL_FILE, known) {
  const reader = new CanonicalSealReader(file, sealFileName, known);
  return (reader.push(bytes) ? reader.end() : null) ?? parseWhole(bytes, file, sealFileName);
}
var FILES_KEY = Buffer.from('\n  "files": ');
var ENTRY_END = Buffer.from("\n    }");
var TAIL = "\n  ]\n}\n";
var MAX_PIECE = 64 << 10;
var CanonicalSealReader = class {
  /**
   * `known`, when given, holds paths as strings in byte order (the packet's listing): an entry
   * with one of them reuses that string instead of holding a copy.
   */
  constructor(file, sealFileName, known) {
    this.file = file;
    this.sealFileName = sealFileName;
    this.known = known;
    this.files = new SealEntries(known?.count);
  }
  file;
  sealFileName;
  known;
  /**
   * Bytes pushed and not yet consumed, `work[0, pending)`: a copy (a piece is only valid during
   * `push`) in one buffer reused from piece to piece.
   */
  work = Buffer.alloc(0);
  pending = 0;
  head = null;
  files;
  /** Where the reading is: before the first entry, after an entry, in the tail, or refused. */
  state = "head";
  /** Takes the next bytes of the file; false once it cannot be a canonical seal (the rest need not be read). */
  push(piece) {
    if (this.state === "refused") return false;
    const chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.length);
    let buffer = chunk;
    if (this.pending > 0) {
      if (this.work.length < this.pending + chunk.length) {
        const work = Buffer.allocUnsafe(2 * (this.pending + chunk.length));
        this.work.copy(work, 0, 0, this.pending);
        this.work = work;
      }
      chunk.copy(this.work, this.pending);
      buffer = this.work.subarray(0, this.pending + chunk.length);
    }
    const used = this.consume(buffer);
    if (used < 0 || buffer.length - used > MAX_PIECE) {
      this.state = "refused";
      this.pending = 0;
      return false;
    }
    if (this.work.length < buffer.length - used) this.work = Buffer.allocUnsafe(2 * (buffer.length - used));
    buffer.copy(this.work, 0, used);
    this.pending = buffer.length - used;
    return true;
  }
  /** The seal and its findings once every byte was pushed; null when it is not in canonical form. */
  end() {
    if (this.state !== "tail" || this.head === null || this.work.toString("latin1", 0, this.pending) !== TAIL) return null;
    const seal = { ...this.head, files: this.files };
    const findings = entryFindings(seal, this.file, this.sealFileName);
    return findings.length > 0 ? { seal: null, findings } : { seal, findings: [] };
  }
  /** Reads what `buffer` holds complete; returns the bytes used, -1 when it is not canonical. */
  consume(buffer) {
    let at = 0;
    if (this.state === "head") {
      const key = buffer.indexOf(FILES_KEY);
      if (key < 0 || buffer.length < key + FILES_KEY.length + 2) return 0;
      const headEnd = key + FILES_KEY.length;
      const head = buffer.subarray(0, headEnd);
      this.head = plainHead(head) ?? (isUtf8(head) ? parseWhole(Buffer.concat([head, Buffer.from("[]\n}\n")]), this.file, this.sealFileName).seal : null);
      if (this.head === null || buffer.toString("latin1", headEnd, headEnd + 2) !== "[\n") return -1;
      at = headEnd + 2;
      this.state = "entries";
    }
    while (this.state === "entries") {
      const end = buffer.indexOf(ENTRY_END, at);
      if (end < 0 || buffer.length < end + ENTRY_END.length + 2) return at;
      const stop = end + ENTRY_END.length;
      if (!plainEntry(buffer, at, stop, this.files, this.known) && !schemaEntry(buffer, at, stop, this.files)) return -1;
      at = end + ENTRY_END.length;
      const next = buffer.toString("latin1", at, at + 2);
      if (next === ",\n") at += 2;
      else if (next === "\n ") this.state = "tail";
      else return -1;
    }
    return buffer.length - at > TAIL.length ? -1 : at;
  }
};
var HEAD_START = Buffer.from('{\n  "seal": 1,\n  "algorithm": "sha256",\n  "tree": "');
var HEAD_END = Buffer.from('",\n  "files": ');
function plainHead(head) {
  const hex = literal(head, 0, head.length, HEAD_START);
  if (hex < 0 || !lowerHex(head, hex) || literal(head, hex + 64, head.length, HEAD_END) !== head.length) return null;
  const tree = Buffer.from(head.buffer, head.byteOffset + hex, 64).toString("latin1");
  return { seal: SEAL_VERSION, algorithm: "sha256", tree, files: new SealEntries() };
}
function lowerHex(bytes, at) {
  if (at + 64 > bytes.length) return false;
  for (let i = at; i < at + 64; i++) {
    const c = bytes[i];
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return false;
  }
  return true;
}
function schemaEntry(bytes, start, end, into) {
  if (!isUtf8(bytes.subarray(start, end))) return false;
  const text = bytes.toString("utf8", start, end);
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (!validateEntry2(value) || canonicalEntryText(value) !== text) return false;
  const e = value;
  into.add(e.path, e.ref, e.sha256, e.bytes);
  return true;
}
function plainEntry(entry, start, end, into, known) {
  let at = literal(entry, start, end, PATH_KEY);
  const path = jsonString(entry, at, end, known);
  if (path === null) return false;
  at = literal(entry, path.end, end, REF_KEY);
  const ref = at < 0 ? null : jsonString(entry, at, end);
  at = literal(entry, ref === null ? path.end : ref.end, end, SHA256_KEY);
  if (at < 0 || at + 64 > end || !lowerHex(entry, at)) return false;
  const hex = at;
  at = literal(entry, at + 64, end, BYTES_KEY);
  if (at < 0) return false;
  let bytes = 0;
  const digits = at;
  while (at < end && entry[at] >= 48 && entry[at] <= 57) bytes = bytes * 10 + (entry[at++] - 48);
  const count2 = at - digits;
  if (count2 === 0 || count2 > 16 || count2 > 1 && entry[digits] === 48 || bytes > Number.MAX_SAFE_INTEGER) return false;
  if (literal(entry, at, end, ENTRY_CLOSE) !== end) return false;
  into.addHexBytes(path.text, ref?.text, entry, hex, bytes);
  return true;
}
var KnownPaths = class {
  constructor(count2, pathAt) {
    this.count = count2;
    this.pathAt = pathAt;
  }
  count;
  pathAt;
  next = 0;
  /** The string equal to the ASCII bytes `bytes[start, end)`, if it is one of them. */
  find(bytes, start, end) {
    while (this.next < this.count) {
      const path = this.pathAt(this.next);
      const cmp = compareToAscii(path, bytes, start, end);
      if (cmp === 0) return path;
      if (cmp > 0) return void 0;
      this.next++;
    }
    return void 0;
  }
};
function compareToAscii(text, bytes, start, end) {
  const n = Math.min(text.length, end - start);
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    const b = bytes[start + k];
    if (c !== b) return c < b ? -1 : 1;
  }
  return text.length === end - start ? 0 : text.length < end - start ? -1 : 1;
}
var PATH_KEY = Buffer.from('    {\n      "path": "');
var REF_KEY = Buffer.from(',\n      "ref": "');
var SHA256_KEY = Buffer.from(',\n      "sha256": "');
var BYTES_KEY = Buffer.from('",\n      "bytes": ');
var ENTRY_CLOSE = Buffer.from("\n    }");
function literal(bytes, at, end, expected) {
  if (at < 0 || at + expected.length > end) return -1;
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return -1;
  return at + expected.length;
}
function jsonString(bytes, at, end, known) {
  if (at < 0) return null;
  let i = at;
  let ascii2 = true;
  while (i < end && bytes[i] !== 34) {
    const c = bytes[i++];
    if (c < 32 || c === 92) return null;
    if (c >= 128) ascii2 = false;
  }
  if (i === end || i === at || i - at > 4096) return null;
  if (ascii2) return { text: known?.find(bytes, at, i) ?? bytes.toString("latin1", at, i), end: i + 1 };
  return isUtf8(bytes.subarray(at, i)) ? { text: bytes.toString("utf8", at, i), end: i + 1 } : null;
}
function parseWhole(bytes, file, sealFileName = DEFAULT_SEAL_FILE) {
  const fail = (message, line = null) => ({
    seal: null,
    findings: [finding("seal", file, message, { line })]
  });
  if (bytes.length === 0) return fail("seal file is empty");
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    return fail("seal file starts with a byte order mark (BOM); seals are UTF-8 without BOM", 1);
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("seal file is not valid UTF-8");
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`seal file is not JSON: ${e.message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail("seal file must hold a JSON object");
  }
  const record = value;
  if (record.seal !== SEAL_VERSION) {
    return fail(
      `unknown seal format version ${JSON.stringify(record.seal) ?? "(none)"}: this seal-gate reads version ${SEAL_VERSION} only`,
      lineOfKey(text, "seal")
    );
  }
  if (record.algorithm !== "sha256") {
    return fail(
      `unknown algorithm ${JSON.stringify(record.algorithm) ?? "(none)"}: seal format v1 uses "sha256" only`,
      lineOfKey(text, "algorithm")
    );
  }
  const schemaErrors = validateSchema(value);
  if (schemaErrors.length > 0) {
    return { seal: null, findings: schemaErrors.map((m) => finding("seal", file, `seal does not match schema v1: ${m}`)) };
  }
  const valid = value;
  const seal = { seal: SEAL_VERSION, algorithm: "sha256", tree: valid.tree, files: SealEntries.of(valid.files) };
  const findings = entryFindings(seal, file, sealFileName);
  if (findings.length > 0) return { seal: null, findings };
  if (!isCanonical(text, seal)) {
    const canonical = canonicalSealText(seal);
    return fail(
      `seal file is not in canonical form (first difference on line ${firstDifferentLine(text, canonical)}); \`seal-gate seal\` writes it`,
      firstDifferentLine(text, canonical)
    );
  }
  return { seal, findings: [] };
}
function entryFindings(seal, file, sealFileName) {
  const out = [];
  const entries = seal.files;
  const where = (i) => `seal entry ${i + 1} ${JSON.stringify(entries.path(i))}`;
  for (let i = 0; i < entries.length; i++) {
    const path = entries.path(i);
    const problem = pathProblem(path);
    if (problem !== null) {
      out.push(finding("unsafe", file, `${where(i)}: ${problem}`));
      continue;
    }
    const ref = entries.ref(i);
    const refProblem = ref === void 0 ? null : pathProblem(ref);
    if (refProblem !== null) out.push(finding("unsafe", file, `${where(i)}: reference ${JSON.stringify(ref)}: ${refProblem}`));
    if (path === sealFileName) out.push(finding("unsafe", file, `${where(i)}: a seal may not list itself`));
    const previous = i > 0 ? entries.path(i - 1) : null;
    if (previous !== null && previous === path) {
      out.push(finding("unsafe", file, `${where(i)}: duplicate entry`));
    } else if (previous !== null && compareBytewise(previous, path) > 0) {
      out.push(finding("seal", file, `${where(i)}: entries are not sorted by path in byte order`));
    }
  }
  for (const [i, j] of collisions(entries.length, (i2) => entries.path(i2))) {
    const other = JSON.stringify(entries.path(j));
    out.push(finding("unsafe", file, `${where(i)}: collides with ${other} under case folding or Unicode normalization`));
  }
  return out;
}
function lineOfKey(text, key) {
  const index = text.indexOf(`"${key}"`);
  return index < 0 ? null : lineAt(text, index);
}
function lineAt(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function firstDifferentLine(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return lineAt(a, i);
}

// src/core/seal-packet.ts
import { rename, writeFile, rm } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/core/fs-source.ts
import { readdir } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/core/digest-batch.ts
function secondLength(options) {
  if (options?.second === void 0) return 0;
  return options.second.algorithm === "sha1" ? 20 : 32;
}
var BatchCounter = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  added = 0;
  settled = 0;
  waiters = [];
  hashed(index, digests, at, bytes, extras) {
    try {
      this.sink.hashed(index, digests, at, bytes, extras);
    } finally {
      this.settle();
    }
  }
  failed(index, error) {
    try {
      this.sink.failed(index, error);
    } finally {
      this.settle();
    }
  }
  done() {
    if (this.settled === this.added) return Promise.resolve();
    return new Promise((resolve4) => this.waiters.push(resolve4));
  }
  settle() {
    if (++this.settled !== this.added) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
};
function perFileBatch(digest, sink) {
  const counter = new BatchCounter(sink);
  return {
    add(absPath) {
      const index = counter.added++;
      digest(absPath).then(
        (d) => counter.hashed(index, Buffer.from(d.sha256, "hex"), 0, d.bytes),
        (e) => counter.failed(index, e instanceof Error ? e : new Error(String(e)))
      );
    },
    done: () => counter.done()
  };
}
function digestOne(open2, absPath) {
  return new Promise((resolve4, reject) => {
    open2({
      hashed: (_i, digests, at, bytes) => resolve4({ sha256: hexOf(digests, at), bytes }),
      failed: (_i, e) => reject(e)
    }).add(absPath);
  });
}
var HEX2 = "0123456789abcdef";
function hexOf(digests, at) {
  return Buffer.from(digests.buffer, digests.byteOffset + at, 32).toString("hex");
}
function sameDigest(hex, digests, at, length = 32) {
  if (hex.length !== 2 * length || at + length > digests.length) return false;
  for (let i = 0; i < length; i++) {
    const b = digests[at + i];
    if (hex.charCodeAt(2 * i) !== HEX2.charCodeAt(b >> 4) || hex.charCodeAt(2 * i + 1) !== HEX2.charCodeAt(b & 15)) return false;
  }
  return true;
}

// src/core/disk-path.ts
import { lstat } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/core/regular-file.ts
import { open } from "node:fs/promises";
import { constants } from "node:fs";

// src/core/byte-source.ts
var ReadError = class extends Error {
  constructor(message, reason, code) {
    super(message);
    this.reason = reason;
    this.code = code;
    this.name = "ReadError";
  }
  reason;
  code;
};

// src/core/regular-file.ts
async function readRegularFile(absPath, limit, read) {
  let handle;
  try {
    handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    throw new ReadError(`cannot be opened: ${describeError(e)}`, "unreadable");
  }
  try {
    const before = await handle.stat();
    if (!before.isFile()) throw new ReadError("not a regular file", "not-regular");
    if (before.size > limit) throw new ReadError(`larger than ${limit} bytes`, "too-large");
    const [result, total] = await read(handle, before.size);
    const after = await handle.stat();
    if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      throw new ReadError(`changed while it was read (${before.size} bytes before, ${total} read, ${after.size} after)`, "changed");
    }
    return result;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`cannot be read: ${describeError(e)}`, "unreadable");
  } finally {
    await handle.close();
  }
}
function describeError(e) {
  const err = e;
  return err?.code ?? (err instanceof Error ? err.message : String(e));
}

// src/core/disk-path.ts
async function diskFileProblem(root, path) {
  const segments = path.split("/");
  for (let i = 1; i <= segments.length; i++) {
    const step = segments.slice(0, i).join("/");
    let stat;
    try {
      stat = await lstat(join2(root, step));
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return "does not exist";
      return `cannot be looked at: ${describeError(e)}`;
    }
    const last = i === segments.length;
    if (stat.isSymbolicLink()) {
      return last ? "is a symbolic link (links are never followed)" : `lies under ${step}, a symbolic link (links are never followed)`;
    }
    if (!last && !stat.isDirectory()) return "does not exist";
    if (last && stat.isDirectory()) return "is a directory, not a regular file";
    if (last && !stat.isFile()) return "is not a regular file (a FIFO, socket or device)";
  }
  return null;
}

// src/core/hash-pool.ts
import { availableParallelism } from "node:os";
import * as fs from "node:fs";
import * as crypto from "node:crypto";
import * as workerThreads from "node:worker_threads";
import { Worker } from "node:worker_threads";

// src/core/hash-worker.ts
function hashKit(load, chunkSize) {
  const fs2 = load("node:fs");
  const crypto2 = load("node:crypto");
  const flags = fs2.constants.O_RDONLY | fs2.constants.O_NOFOLLOW | fs2.constants.O_NONBLOCK;
  let buffer = null;
  const code = (e) => {
    const err = e;
    return err?.code ?? err?.message ?? String(e);
  };
  const failure = (reason, what, e) => {
    const errno = e?.code;
    return typeof errno === "string" ? { error: `${what}: ${errno}`, reason, code: errno } : { error: `${what}: ${code(e)}`, reason };
  };
  function hashFile(path, onRead) {
    const outcome = hashRaw(path, onRead);
    return "digest" in outcome ? { sha256: Buffer.from(outcome.digest).toString("hex"), bytes: outcome.bytes } : outcome;
  }
  function hashRaw(path, onRead, options) {
    let fd;
    try {
      fd = fs2.openSync(path, flags);
    } catch (e) {
      return failure("unreadable", "cannot be opened", e);
    }
    try {
      const before = fs2.fstatSync(fd);
      if (!before.isFile()) return { error: "not a regular file", reason: "not-regular" };
      if (buffer === null) buffer = Buffer.allocUnsafe(chunkSize);
      const second = options?.second ? crypto2.createHash(options.second.algorithm).update(`${options.second.label} ${before.size}\0`) : null;
      const prefix = options?.keep !== void 0 && before.size < options.keep.below ? options.keep.prefix : null;
      let keeping = prefix !== null;
      const pieces = prefix === null ? null : [];
      let hash = null;
      let total = 0;
      let digest = null;
      for (; ; ) {
        let n;
        try {
          n = fs2.readSync(fd, buffer, 0, buffer.length, total);
        } catch (e) {
          return failure("unreadable", "cannot be read", e);
        }
        if (onRead !== void 0 && n > 0) onRead(total + n);
        const piece = n === buffer.length ? buffer : buffer.subarray(0, n);
        second?.update(piece);
        if (keeping && n > 0) {
          if (total === 0 && piece.toString("latin1", 0, prefix.length) !== prefix.slice(0, n)) keeping = false;
          else pieces?.push(Buffer.from(piece));
        }
        if (total === 0 && n < buffer.length && n === before.size) {
          total = n;
          digest = crypto2.createHash("sha256").update(piece).digest();
          break;
        }
        if (n === 0) break;
        hash ??= crypto2.createHash("sha256");
        hash.update(piece);
        total += n;
      }
      if (hash !== null) digest = hash.digest();
      else digest ??= crypto2.createHash("sha256").digest();
      const after = fs2.fstatSync(fd);
      if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
        return {
          error: `changed while it was read (${before.size} bytes before, ${total} read, ${after.size} after)`,
          reason: "changed"
        };
      }
      let kept = null;
      if (keeping) {
        const whole = Buffer.concat(pieces, total);
        if (whole.toString("latin1", 0, prefix.length) === prefix) kept = whole;
      }
      return { digest, bytes: total, second: second === null ? null : second.digest(), kept };
    } catch (e) {
      const err = e;
      if (typeof err?.code === "string") return failure("unreadable", "cannot be read", e);
      throw e;
    } finally {
      fs2.closeSync(fd);
    }
  }
  function serve() {
    const { parentPort } = load("node:worker_threads");
    if (parentPort === null) throw new Error("hash worker started outside a worker thread");
    parentPort.on("message", (request) => {
      const paths = request.paths.split("\0");
      const options = request.options;
      const width = options?.second ? crypto2.createHash(options.second.algorithm).digest().length : 0;
      const packed = [new ArrayBuffer(32 * paths.length), new ArrayBuffer(width * paths.length), new ArrayBuffer(8 * paths.length)];
      const response = {
        id: request.id,
        digests: new Uint8Array(packed[0]),
        seconds: new Uint8Array(packed[1]),
        sizes: new Float64Array(packed[2]),
        failures: [],
        kept: []
      };
      paths.forEach((path, i) => {
        let outcome;
        try {
          outcome = hashRaw(path, void 0, options);
        } catch (e) {
          outcome = { internal: e instanceof Error ? e.message : String(e) };
        }
        if ("digest" in outcome) {
          response.digests.set(outcome.digest, 32 * i);
          if (outcome.second !== null) response.seconds.set(outcome.second, width * i);
          if (outcome.kept !== null) response.kept.push({ i, bytes: outcome.kept });
          response.sizes[i] = outcome.bytes;
        } else {
          response.sizes[i] = -1;
          response.failures.push({ i, failure: outcome });
        }
      });
      parentPort.postMessage(response, packed);
    });
    parentPort.postMessage("ready");
  }
  return { hashFile, hashRaw, serve };
}
function hashWorkerSource(chunkSize) {
  return `(${hashKit.toString()})(require, ${Number(chunkSize)}).serve()
`;
}

// src/core/hash-pool.ts
var CHUNK = 1 << 20;
var MAX_THREADS = 4;
var BATCH_BYTES = 4 << 20;
var MAX_BATCH_FILES = 256;
var FIRST_BATCH_FILES = 4;
var IDLE_MS = 200;
var THREAD_YOUNG_MB = 2;
var THREADS_AFTER_FILES = 16;
var THREADS_AFTER_BYTES = 8 << 20;
var HERE_FILES = THREADS_AFTER_FILES;
var HERE_BYTES = 256 << 10;
var builtins = { "node:fs": fs, "node:crypto": crypto, "node:worker_threads": workerThreads };
var REASONS = /* @__PURE__ */ new Set(["unreadable", "changed", "not-regular"]);
var isTyped = (x, kind) => ArrayBuffer.isView(x) && Object.prototype.toString.call(x) === `[object ${kind}]`;
function replyProblem(m, count2, width) {
  if (!isTyped(m.digests, "Uint8Array") || m.digests.length !== 32 * count2) return "digests that do not fit the batch";
  if (!isTyped(m.seconds, "Uint8Array") || m.seconds.length !== width * count2) return "second digests that do not fit the batch";
  if (!isTyped(m.sizes, "Float64Array") || m.sizes.length !== count2) return "lengths that do not fit the batch";
  if (!Array.isArray(m.failures) || !Array.isArray(m.kept)) return "a malformed reply";
  let f = 0;
  let k = 0;
  for (let i = 0; i < count2; i++) {
    const bytes = m.sizes[i];
    if (bytes === -1) {
      const entry = m.failures[f++];
      const failure = entry?.failure;
      if (entry?.i !== i || typeof failure !== "object" || failure === null) return "a failure that does not fit the batch";
      const known = typeof failure.error === "string" && REASONS.has(failure.reason) && (failure.code === void 0 || typeof failure.code === "string");
      if (!known && typeof failure.internal !== "string") return "a malformed failure";
    } else if (!Number.isSafeInteger(bytes) || bytes < 0) return "a malformed length";
    else if (m.kept[k]?.i === i) {
      const kept = m.kept[k++].bytes;
      if (!isTyped(kept, "Uint8Array") || kept.length !== bytes) return "kept bytes that do not fit the file";
    }
  }
  if (f !== m.failures.length || k !== m.kept.length) return "outcomes that do not fit the batch";
  return null;
}
function defaultThreadCount() {
  const fromEnv = process.env.SEAL_GATE_HASH_THREADS;
  if (fromEnv !== void 0 && /^\d+$/.test(fromEnv)) return Math.min(Number(fromEnv), 64);
  return Math.min(availableParallelism(), MAX_THREADS);
}
var HashPool = class {
  threads;
  chunkSize;
  idleMs;
  threadSource;
  readyWaiters = [];
  queue = [];
  head = 0;
  slots = [];
  nextId = 1;
  outstanding = 0;
  idleTimer = null;
  local = null;
  localScheduled = false;
  pumpScheduled = false;
  /** Set once threads could not be started: from then on the main thread hashes. */
  threadsUnavailable = false;
  everReady = false;
  seenFiles = 0;
  seenBytes = 0;
  localBytes = 0;
  constructor(options = {}) {
    this.threads = options.threads ?? defaultThreadCount();
    this.chunkSize = options.chunkSize ?? CHUNK;
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.threadSource = options.threadSource ?? hashWorkerSource(this.chunkSize);
    if (this.threads === 0) this.threadsUnavailable = true;
  }
  digestFile(absPath) {
    return digestOne((sink) => this.batch(sink), absPath);
  }
  /**
   * Files added are hashed in the order added, and each result goes to `sink` by index, with what
   * `options` ask for besides (`HashedExtras`).
   */
  batch(sink, options) {
    const counter = new BatchCounter(sink);
    return {
      add: (path, size) => {
        this.queue.push({ path, index: counter.added++, sink: counter, options, size: size ?? -1 });
        this.outstanding++;
        this.schedulePump();
      },
      done: () => counter.done()
    };
  }
  /** How files are being hashed right now (for tests and the benchmark). */
  get mode() {
    if (this.threadsUnavailable) return "main-thread";
    return this.slots.some((s) => s.ready) ? "threads" : "idle";
  }
  get threadCount() {
    return this.slots.length;
  }
  /** Starts the threads and waits until one is up, or until none can be: resolves to `mode`. */
  async warmUp() {
    this.clearIdle();
    if (!this.threadsUnavailable && this.slots.length === 0) this.start();
    if (!this.threadsUnavailable && !this.slots.some((s) => s.ready)) {
      await new Promise((resolve4) => {
        this.readyWaiters.push(resolve4);
        for (const slot of this.slots) slot.worker.ref();
      });
    }
    return this.mode;
  }
  wakeWaiters() {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w();
  }
  /** Stops every thread now. Files still queued or in hand are failed. The pool can be used again. */
  async close() {
    this.clearIdle();
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots) {
      for (const jobs of slot.batches.values()) this.fail(jobs, new Error("hash pool closed while files were being hashed"));
      slot.batches.clear();
    }
    const queued = this.queue.slice(this.head);
    this.queue = [];
    this.head = 0;
    this.fail(queued, new Error("hash pool closed while files were queued"));
    this.everReady = false;
    this.wakeWaiters();
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }
  /** Stops the threads when no file is outstanding (safe to call while another caller may be idle between files). */
  async closeIfIdle() {
    if (this.outstanding === 0) await this.close();
  }
  /**
   * Dispatch waits for the current turn of the event loop to end: callers add files one by one
   * as earlier ones resolve, and batching needs them all in the queue first.
   */
  schedulePump() {
    this.clearIdle();
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }
  pump() {
    this.clearIdle();
    if (this.head >= this.queue.length) return this.settleRefs();
    if (this.threadsUnavailable) return this.scheduleLocal();
    if (this.slots.length === 0) {
      if (this.queue.length - this.head <= THREADS_AFTER_FILES && this.localBytes < THREADS_AFTER_BYTES) return this.scheduleLocal();
      this.start();
    }
    if (this.threadsUnavailable) return this.scheduleLocal();
    const ready = this.slots.filter((s) => s.ready);
    if (ready.length === 0 || this.smallWhileIdle()) this.scheduleLocal();
    else {
      for (const slot of ready) {
        while (slot.batches.size < 2 && this.head < this.queue.length) this.send(slot);
      }
    }
    this.compact();
    this.settleRefs();
  }
  start() {
    for (let i = 0; i < this.threads; i++) {
      let worker;
      try {
        worker = new Worker(this.threadSource, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_MB } });
      } catch {
        break;
      }
      worker.unref();
      const slot = { worker, ready: false, batches: /* @__PURE__ */ new Map() };
      worker.on("message", (m) => this.onMessage(slot, m));
      worker.on("error", (e) => this.onGone(slot, e));
      worker.on("messageerror", (e) => this.onGone(slot, e));
      worker.on("exit", (code) => this.onGone(slot, new Error(`hash thread exited with code ${code}`)));
      this.slots.push(slot);
    }
    if (this.slots.length === 0) this.threadsUnavailable = true;
  }
  /**
   * One batch to `slot`: files of the same options, up to BATCH_BYTES by their sizes (given, or
   * else the average seen so far), never more than a fair share of what waits, counting threads
   * still starting, so that the first thread up does not take a few large files that the others
   * then wait for.
   */
  send(slot) {
    const waiting = this.queue.length - this.head;
    const limit = Math.min(Math.ceil(waiting / (2 * this.slots.length)), MAX_BATCH_FILES);
    const options = this.queue[this.head].options;
    let count2 = 0;
    let bytes = 0;
    while (count2 < limit && this.head + count2 < this.queue.length) {
      const job = this.queue[this.head + count2];
      const size = Math.max(this.expectedSize(job), 1);
      if (count2 > 0 && (job.options !== options || bytes + size > BATCH_BYTES)) break;
      bytes += size;
      count2++;
    }
    const jobs = this.queue.slice(this.head, this.head + count2);
    this.head += count2;
    const id = this.nextId++;
    slot.batches.set(id, jobs);
    const request = { id, paths: jobs.map((j) => j.path).join("\0") };
    if (options !== void 0) request.options = options;
    slot.worker.postMessage(request);
  }
  onMessage(slot, message) {
    if (message === "ready") {
      slot.ready = true;
      this.everReady = true;
      this.wakeWaiters();
      return this.schedulePump();
    }
    const jobs = slot.batches.get(message?.id);
    if (jobs === void 0) return this.onGone(slot, new Error("hash thread returned a reply to no batch in hand"), true);
    const width = secondLength(jobs[0].options);
    const problem = replyProblem(message, jobs.length, width);
    if (problem !== null) return this.onGone(slot, new Error(`hash thread returned ${problem}`), true);
    slot.batches.delete(message.id);
    const { digests, seconds, sizes, failures, kept } = message;
    let f = 0;
    let k = 0;
    jobs.forEach((job, i) => {
      const bytes = sizes[i];
      if (bytes < 0) return this.settle(job, failures[f++].failure);
      this.extras.second = width > 0 ? seconds : null;
      this.extras.secondAt = width * i;
      this.extras.kept = kept[k]?.i === i ? kept[k++].bytes : null;
      this.settle(job, { digests, at: 32 * i, bytes });
    });
    this.schedulePump();
  }
  /** Filled before each file reported with its extras; see `HashedExtras`. */
  extras = { second: null, secondAt: 0, kept: null };
  settle(job, outcome) {
    this.outstanding--;
    if (outcome === void 0) return job.sink.failed(job.index, new Error("hash thread returned no outcome"));
    if ("internal" in outcome) return job.sink.failed(job.index, new Error(`hashing failed: ${outcome.internal}`));
    if ("error" in outcome) return job.sink.failed(job.index, new ReadError(outcome.error, outcome.reason, outcome.code));
    this.seenFiles++;
    this.seenBytes += outcome.bytes;
    if (job.options === void 0) return job.sink.hashed(job.index, outcome.digests, outcome.at, outcome.bytes);
    job.sink.hashed(job.index, outcome.digests, outcome.at, outcome.bytes, this.extras);
  }
  /** A thread that stopped (or, `untrusted`, misbehaved): the files it had in hand fail, never pass. */
  onGone(slot, error, untrusted = false) {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    for (const jobs of slot.batches.values()) this.fail(jobs, new Error(`hash thread stopped: ${error.message}`));
    slot.batches.clear();
    void slot.worker.terminate().catch(() => 0);
    if (untrusted || !slot.ready && !this.everReady && this.slots.length === 0) this.threadsUnavailable = true;
    if (this.slots.length === 0) this.wakeWaiters();
    if (this.outstanding > 0) this.schedulePump();
    else this.settleRefs();
  }
  fail(jobs, error) {
    for (const job of jobs) {
      this.outstanding--;
      job.sink.failed(job.index, error);
    }
  }
  /** Main-thread hashing: a few files per turn of the event loop, so that messages still flow. */
  scheduleLocal() {
    if (this.localScheduled) return;
    this.localScheduled = true;
    setImmediate(() => {
      this.localScheduled = false;
      this.local ??= hashKit((id) => builtins[id], this.chunkSize);
      let budget = BATCH_BYTES;
      const small = this.smallWhileIdle();
      const here = () => small || this.threadsUnavailable || !this.slots.some((s) => s.ready);
      while (this.head < this.queue.length && budget > 0 && here()) {
        const job = this.queue[this.head++];
        let outcome;
        try {
          outcome = this.local.hashRaw(job.path, void 0, job.options);
        } catch (e) {
          outcome = { internal: e instanceof Error ? e.message : String(e) };
        }
        budget -= "bytes" in outcome ? Math.max(outcome.bytes, 4096) : 4096;
        if ("bytes" in outcome) this.localBytes += outcome.bytes;
        if ("digest" in outcome) {
          this.extras.second = outcome.second;
          this.extras.secondAt = 0;
          this.extras.kept = outcome.kept;
          this.settle(job, { digests: outcome.digest, at: 0, bytes: outcome.bytes });
        } else this.settle(job, outcome);
      }
      this.compact();
      if (this.head < this.queue.length) this.schedulePump();
      else this.settleRefs();
    });
  }
  /** Whether what waits is at most HERE_FILES files of HERE_BYTES (by given sizes, else the average seen) and no thread has a batch. */
  smallWhileIdle() {
    const waiting = this.queue.length - this.head;
    if (waiting === 0 || waiting > HERE_FILES || this.slots.some((s) => s.batches.size > 0)) return false;
    let bytes = 0;
    for (let i = this.head; i < this.queue.length; i++) bytes += this.expectedSize(this.queue[i]);
    return bytes <= HERE_BYTES;
  }
  /** A file's size as given when added, else the average of the files hashed so far (before any: a quarter of a batch). */
  expectedSize(job) {
    if (job.size >= 0) return job.size;
    return this.seenFiles === 0 ? BATCH_BYTES / FIRST_BATCH_FILES : this.seenBytes / this.seenFiles;
  }
  compact() {
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
  /** Threads hold the process open only while files are outstanding; idle ones stop after a while. */
  settleRefs() {
    const busy = this.outstanding > 0;
    for (const slot of this.slots) {
      if (busy) slot.worker.ref();
      else slot.worker.unref();
    }
    if (!busy && this.slots.length > 0 && this.idleTimer === null) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null;
        if (this.outstanding === 0) void this.close();
      }, this.idleMs);
      this.idleTimer.unref();
    }
  }
  clearIdle() {
    if (this.idleTimer !== null) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
  }
};

// src/core/hasher.ts
var CHUNK2 = 1 << 20;
var shared = null;
var defaultHasher = {
  digestFile: (absPath) => (shared ??= new HashPool()).digestFile(absPath),
  batch: (sink, options) => (shared ??= new HashPool()).batch(sink, options),
  /** Stops the pool's threads if no file is being hashed (the next file starts them again). */
  release: async () => {
    await shared?.closeIfIdle();
  }
};

// src/core/fs-source.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeName(name) {
  try {
    return utf8.decode(name);
  } catch {
    return null;
  }
}
var FsSource = class {
  constructor(hasher = defaultHasher) {
    this.hasher = hasher;
  }
  hasher;
  async list(packetDir, sealFileName, onFile) {
    const listing = { files: [], problems: [] };
    const pending = [""];
    while (pending.length > 0) {
      const rel = pending.pop();
      let entries;
      try {
        entries = await readdir(join3(packetDir, rel), { withFileTypes: true });
        if (entries.some((e) => e.name.includes("\uFFFD"))) entries = await readdir(join3(packetDir, rel), { withFileTypes: true, encoding: "buffer" });
      } catch (e) {
        listing.problems.push({ path: rel || ".", kind: "unreadable", message: `directory cannot be read: ${describeError(e)}` });
        continue;
      }
      for (const entry of entries) {
        const name = typeof entry.name === "string" ? entry.name : decodeName(entry.name);
        if (name === ".git") continue;
        const path = rel === "" ? name ?? "" : `${rel}/${name ?? ""}`;
        if (name === null) {
          const lossy = (rel === "" ? "" : `${rel}/`) + entry.name.toString("utf8");
          listing.problems.push({ path: lossy, kind: "unsafe", message: "file name is not valid UTF-8" });
          continue;
        }
        const problem = pathProblem(path);
        if (problem !== null) {
          listing.problems.push({ path, kind: "unsafe", message: `unsafe name: ${problem}` });
          continue;
        }
        if (entry.isSymbolicLink()) {
          listing.problems.push({ path, kind: "unsafe", message: "symbolic link: packets hold regular files only, links are never followed" });
        } else if (entry.isDirectory()) {
          pending.push(path);
        } else if (entry.isFile()) {
          if (path === sealFileName) continue;
          const file = { path, size: null };
          listing.files.push(file);
          onFile?.(file);
        } else {
          listing.problems.push({ path, kind: "unsafe", message: `${specialKind(entry)}: packets hold regular files only` });
        }
      }
    }
    return listing;
  }
  async read(absPath, limit) {
    return readRegularFile(absPath, limit, async (handle, size) => {
      const buffer = Buffer.alloc(size);
      let total = 0;
      while (total < size) {
        const { bytesRead } = await handle.read(buffer, total, size - total, total);
        if (bytesRead === 0) break;
        total += bytesRead;
      }
      return [buffer, total];
    });
  }
  async readPieces(absPath, limit, onPiece) {
    await readRegularFile(absPath, limit, async (handle, size) => {
      const buffer = Buffer.alloc(Math.min(size, PIECE));
      let total = 0;
      while (total < size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - total), total);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (!onPiece(buffer.subarray(0, bytesRead))) return [void 0, size];
      }
      return [void 0, total];
    });
  }
  digest(absPath) {
    return this.hasher.digestFile(absPath);
  }
  digestBatch(sink) {
    return this.hasher.batch?.(sink) ?? perFileBatch((p) => this.digest(p), sink);
  }
  fileProblem(root, path) {
    return diskFileProblem(root, path);
  }
};
var PIECE = 64 << 10;
function specialKind(entry) {
  if (entry.isFIFO()) return "FIFO (named pipe)";
  if (entry.isSocket()) return "socket";
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return "device file";
  return "special file";
}

// src/core/map-limit.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/core/seal-references.ts
import { readFile } from "node:fs/promises";
import { join as join5 } from "node:path";

// src/core/references.ts
import { join as join4 } from "node:path";

// src/core/diagnose/hash.ts
import { createHash } from "node:crypto";
function sha256Hex(chunks) {
  const hash = createHash("sha256");
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest("hex");
}
function totalLength(chunks) {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  return length;
}
function restores(chunks, sealed) {
  if (totalLength(chunks) !== sealed.bytes) return false;
  return sha256Hex(chunks) === sealed.sha256.toLowerCase();
}

// src/core/diagnose/utf8.ts
function isAscii(bytes) {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) return false;
  return true;
}
function writeCodePoint(out, at, cp2) {
  if (cp2 < 128) {
    out[at++] = cp2;
  } else if (cp2 < 2048) {
    out[at++] = 192 | cp2 >> 6;
    out[at++] = 128 | cp2 & 63;
  } else if (cp2 < 65536) {
    out[at++] = 224 | cp2 >> 12;
    out[at++] = 128 | cp2 >> 6 & 63;
    out[at++] = 128 | cp2 & 63;
  } else {
    out[at++] = 240 | cp2 >> 18;
    out[at++] = 128 | cp2 >> 12 & 63;
    out[at++] = 128 | cp2 >> 6 & 63;
    out[at++] = 128 | cp2 & 63;
  }
  return at;
}
function codePointAt(bytes, at, end) {
  const b = bytes[at];
  const length = b < 128 ? 1 : b >= 240 && b < 248 ? 4 : b >= 224 ? 3 : b >= 194 && b < 224 ? 2 : 0;
  if (length === 0 || at + length > end) return { cp: -1, length: 1 };
  if (length === 1) return { cp: b, length };
  let cp2 = b & 255 >> length + 1;
  for (let i = 1; i < length; i++) {
    const c = bytes[at + i];
    if ((c & 192) !== 128) return { cp: -1, length: 1 };
    cp2 = cp2 << 6 | c & 63;
  }
  return { cp: cp2, length };
}

// src/core/diagnose/recode.ts
var RECODE_WINDOW = 1 << 20;
function safeCutBefore(cp2) {
  if (cp2 < 0 || cp2 > 1114111 || cp2 >= 4352 && cp2 <= 4607) return false;
  if (cp2 < 128) return true;
  let safe = safeCuts.get(cp2);
  if (safe === void 0) {
    const ch = String.fromCodePoint(cp2);
    safe = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(ch) && ch.normalize("NFD") === ch && ch.normalize("NFC") === ch;
    if (safeCuts.size < 4096) safeCuts.set(cp2, safe);
  }
  return safe;
}
var safeCuts = /* @__PURE__ */ new Map();
function utf8Cut(bytes, from) {
  const limit = from + RECODE_WINDOW;
  if (limit >= bytes.length) return bytes.length;
  for (let at = limit; at > from; at--) if (bytes[at] < 128) return at;
  for (let at = limit; at > from; at--) if (bytes[at] >= 192 && safeCutBefore(codePointAt(bytes, at, bytes.length).cp)) return at;
  for (let at = limit + 1; at < bytes.length; at++) if (bytes[at] < 128 || bytes[at] >= 192 && safeCutBefore(codePointAt(bytes, at, bytes.length).cp)) return at;
  return bytes.length;
}
function utf16Cut(bytes, from, bigEndian) {
  let at = from + RECODE_WINDOW;
  if (at >= bytes.length) return bytes.length;
  const high = bytes[at - 2 + (bigEndian ? 0 : 1)];
  if (high >= 216 && high <= 219) at -= 2;
  return at;
}
var Utf8Writer = class {
  buffer;
  length = 0;
  encoder = new TextEncoder();
  constructor(expected) {
    this.buffer = new Uint8Array(Math.max(16, expected));
  }
  room(bytes) {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.length + bytes, Math.ceil(this.buffer.length * 1.5)));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
  bytes(chunk) {
    this.room(chunk.length);
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }
  text(text) {
    for (let rest = text; ; ) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.length));
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.room(rest.length * 3);
    }
  }
  result() {
    return this.buffer.subarray(0, this.length);
  }
};
function recode(bytes, encoding, transform = (text) => text) {
  if (encoding !== "utf-8" && bytes.length % 2 !== 0) return null;
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const out = new Utf8Writer(encoding === "utf-8" ? bytes.length : Math.ceil(bytes.length / 2));
  let changed = false;
  for (let from = 0; from < bytes.length; ) {
    const to = encoding === "utf-8" ? utf8Cut(bytes, from) : utf16Cut(bytes, from, encoding === "utf-16be");
    const window = bytes.subarray(from, to);
    if (encoding === "utf-8" && isAscii(window)) {
      out.bytes(window);
    } else {
      let text;
      try {
        text = decoder.decode(window);
      } catch {
        return null;
      }
      const after = transform(text);
      if (after !== text) changed = true;
      out.text(after);
    }
    from = to;
  }
  return { bytes: out.result(), changed };
}

// src/core/diagnose/undo-bom.ts
var stripUtf8Bom = {
  cause: "bom",
  what: "a UTF-8 byte order mark was added",
  undo: "removing the BOM",
  apply(bytes) {
    const has = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    return has ? bytes.subarray(3) : null;
  }
};
function utf16ToUtf8(body, encoding) {
  return recode(body, encoding)?.bytes ?? null;
}
var decodeUtf16Le = {
  cause: "bom",
  what: "the file was re-encoded as UTF-16LE with a byte order mark",
  undo: "decoding UTF-16LE back to UTF-8 without the BOM",
  apply(bytes) {
    return bytes[0] === 255 && bytes[1] === 254 ? utf16ToUtf8(bytes.subarray(2), "utf-16le") : null;
  }
};
var decodeUtf16Be = {
  cause: "bom",
  what: "the file was re-encoded as UTF-16BE with a byte order mark",
  undo: "decoding UTF-16BE back to UTF-8 without the BOM",
  apply(bytes) {
    return bytes[0] === 254 && bytes[1] === 255 ? utf16ToUtf8(bytes.subarray(2), "utf-16be") : null;
  }
};
var undoBom = [stripUtf8Bom, decodeUtf16Le, decodeUtf16Be];

// src/core/diagnose/undo-crlf.ts
var CR = 13;
var LF = 10;
function countCrlf(bytes) {
  let n = 0;
  for (let at = bytes.indexOf(CR); at !== -1; at = bytes.indexOf(CR, at + 1)) if (bytes[at + 1] === LF) n++;
  return n;
}
var crlfToLf = {
  cause: "crlf",
  what: "LF line endings became CRLF",
  undo: "converting CRLF to LF",
  apply(bytes) {
    const pairs = countCrlf(bytes);
    if (pairs === 0) return null;
    const out = new Uint8Array(bytes.length - pairs);
    let from = 0;
    let to = 0;
    for (let cr = bytes.indexOf(CR); cr !== -1; cr = bytes.indexOf(CR, cr + 1)) {
      if (bytes[cr + 1] !== LF) continue;
      out.set(bytes.subarray(from, cr), to);
      to += cr - from;
      from = cr + 1;
    }
    out.set(bytes.subarray(from), to);
    return out;
  }
};
var undoCrlf = [crlfToLf];

// src/core/diagnose/undo-ensure-ascii.ts
var BACKSLASH = 92;
var LOWER_U = 117;
function hexValue(byte) {
  if (byte >= 48 && byte <= 57) return byte - 48;
  if (byte >= 97 && byte <= 102) return byte - 97 + 10;
  if (byte >= 65 && byte <= 70) return byte - 65 + 10;
  return -1;
}
function escapeAt(bytes, at) {
  if (bytes[at] !== BACKSLASH || bytes[at + 1] !== LOWER_U || at + 6 > bytes.length) return -1;
  let unit = 0;
  for (let i = at + 2; i < at + 6; i++) {
    const digit = hexValue(bytes[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}
function decodeJsonEscapes(bytes) {
  const out = new Uint8Array(bytes.length);
  let written = 0;
  let copied = 0;
  let decoded = 0;
  let at = bytes.indexOf(BACKSLASH);
  while (at !== -1) {
    const unit = escapeAt(bytes, at);
    let codePoint = -1;
    let length = 6;
    if (unit >= 55296 && unit <= 56319) {
      const low = escapeAt(bytes, at + 6);
      if (low >= 56320 && low <= 57343) {
        codePoint = 65536 + (unit - 55296 << 10) + (low - 56320);
        length = 12;
      }
    } else if (unit >= 128 && (unit < 56320 || unit > 57343)) {
      codePoint = unit;
    }
    if (codePoint >= 0) {
      out.set(bytes.subarray(copied, at), written);
      written += at - copied;
      written = writeCodePoint(out, written, codePoint);
      copied = at + length;
      decoded++;
      at = bytes.indexOf(BACKSLASH, at + length);
    } else {
      at = bytes.indexOf(BACKSLASH, at + (unit >= 0 ? 6 : 2));
    }
  }
  if (decoded === 0) return null;
  out.set(bytes.subarray(copied), written);
  written += bytes.length - copied;
  return out.subarray(0, written);
}
var jsonEscapesToUtf8 = {
  cause: "ensure-ascii",
  what: "non-ASCII characters were written as \\uXXXX escapes (JSON ensure_ascii)",
  undo: "decoding the \\uXXXX escapes back to UTF-8",
  apply: decodeJsonEscapes
};
var undoEnsureAscii = [jsonEscapesToUtf8];

// src/core/diagnose/undo-trailing-newline.ts
var CR2 = 13;
var LF2 = 10;
var removeFinalLf = {
  cause: "trailing-newline",
  what: "a trailing newline was added",
  undo: "removing the final newline",
  apply(bytes) {
    const n = bytes.length;
    return n >= 1 && bytes[n - 1] === LF2 && bytes[n - 2] !== CR2 ? bytes.subarray(0, n - 1) : null;
  }
};
var removeFinalCrlf = {
  cause: "trailing-newline",
  what: "a trailing CRLF newline was added",
  undo: "removing the final CRLF",
  apply(bytes) {
    const n = bytes.length;
    return n >= 2 && bytes[n - 2] === CR2 && bytes[n - 1] === LF2 ? bytes.subarray(0, n - 2) : null;
  }
};
var addFinalLf = {
  cause: "trailing-newline",
  what: "the trailing newline was removed",
  undo: "adding a final newline",
  apply(bytes) {
    const out = new Uint8Array(bytes.length + 1);
    out.set(bytes);
    out[bytes.length] = LF2;
    return out;
  }
};
var undoTrailingNewline = [removeFinalLf, removeFinalCrlf, addFinalLf];

// src/core/diagnose/undo-unicode-normalization.ts
function normalizeBytes(bytes, form) {
  if (isAscii(bytes)) return null;
  const normalized = recode(bytes, "utf-8", (text) => text.normalize(form));
  return normalized === null || !normalized.changed ? null : normalized.bytes;
}
var toNfc = {
  cause: "unicode",
  what: "the text was re-normalized to NFD (decomposed accents)",
  undo: "normalizing to NFC",
  apply: (bytes) => normalizeBytes(bytes, "NFC")
};
var toNfd = {
  cause: "unicode",
  what: "the text was re-normalized to NFC (composed accents)",
  undo: "normalizing to NFD",
  apply: (bytes) => normalizeBytes(bytes, "NFD")
};
var undoUnicodeNormalization = [toNfc, toNfd];

// src/core/diagnose/compositions.ts
var UNDO_KINDS = [
  undoBom,
  undoCrlf,
  undoEnsureAscii,
  undoUnicodeNormalization,
  undoTrailingNewline
];
var MAX_STEPS = 3;
function tryCompositions(actual, sealed) {
  const outcome = { proven: null, sameLength: null };
  extend(actual, [], 0, sealed, outcome);
  if (actual.length === sealed.bytes) outcome.sameLength = null;
  return outcome;
}
function worthTrying(size, outcome) {
  return size <= MAX_STEPS && (outcome.proven === null || size < outcome.proven.steps.length);
}
function extend(bytes, steps, firstKind, sealed, outcome) {
  for (let kind = firstKind; kind < UNDO_KINDS.length; kind++) {
    for (const step of UNDO_KINDS[kind]) {
      if (!worthTrying(steps.length + 1, outcome)) return;
      const undone = step.apply(bytes);
      if (undone === null) continue;
      const reconstruction = { steps: [...steps, step], bytes: undone };
      check(reconstruction, sealed, outcome);
      if (worthTrying(steps.length + 2, outcome)) extend(undone, reconstruction.steps, kind + 1, sealed, outcome);
    }
  }
}
function check(reconstruction, sealed, outcome) {
  if (reconstruction.bytes.length !== sealed.bytes) return;
  if (restores([reconstruction.bytes], sealed)) {
    outcome.proven = reconstruction;
  } else if (outcome.sameLength === null || reconstruction.steps.length < outcome.sameLength.steps.length) {
    outcome.sameLength = reconstruction;
  }
}

// src/core/diagnose/substitution-classes.ts
var CHARACTER_NAMES = {
  160: "NO-BREAK SPACE",
  8211: "EN DASH",
  8212: "EM DASH",
  8216: "LEFT SINGLE QUOTATION MARK",
  8217: "RIGHT SINGLE QUOTATION MARK",
  8220: "LEFT DOUBLE QUOTATION MARK",
  8221: "RIGHT DOUBLE QUOTATION MARK",
  8230: "HORIZONTAL ELLIPSIS"
};
var SPACE = 32;
var LF3 = 10;
function opensQuote(bytes, offset) {
  if (offset === 0) return true;
  const before = bytes[offset - 1];
  return before <= SPACE || before === 40 || before === 91 || before === 123;
}
var likely = () => 0;
var SUBSTITUTION_CLASSES = [
  { name: "em dash to '-'", ascii: ["-"], saving: 2, original: () => 8212, rank: likely },
  { name: "en dash to '-'", ascii: ["-"], saving: 2, original: () => 8211, rank: likely },
  {
    name: "smart quotes to straight quotes",
    ascii: ['"', "'"],
    saving: 2,
    original: (bytes, offset, text) => text === '"' ? opensQuote(bytes, offset) ? 8220 : 8221 : opensQuote(bytes, offset) ? 8216 : 8217,
    rank: likely
  },
  {
    name: "no-break space to space",
    ascii: [" "],
    saving: 1,
    original: () => 160,
    // Spaces in a run or in indentation are rarely a replaced no-break space: try single spaces first.
    rank: (bytes, offset) => offset === 0 || bytes[offset - 1] === SPACE || bytes[offset - 1] === LF3 || bytes[offset + 1] === SPACE ? 1 : 0
  },
  { name: "em dash to '--'", ascii: ["--"], saving: 1, original: () => 8212, rank: likely },
  { name: "ellipsis to '...'", ascii: ["..."], saving: 0, original: () => 8230, rank: likely }
];
function findSites(bytes, cls, limit) {
  const texts = cls.ascii.map((text) => Array.from(text, (c) => c.charCodeAt(0)));
  const firstBytes = new Uint8Array(256);
  for (const codes of texts) firstBytes[codes[0]] = 1;
  const likelySites = [];
  const unlikelySites = [];
  let total = 0;
  for (let offset = 0; offset < bytes.length && total <= limit; ) {
    const codes = firstBytes[bytes[offset]] === 1 ? texts.find((c) => c.every((code, i) => bytes[offset + i] === code)) : void 0;
    if (codes === void 0) {
      offset++;
      continue;
    }
    total++;
    const text = String.fromCharCode(...codes);
    const site = { offset, length: codes.length, original: cls.original(bytes, offset, text) };
    (cls.rank(bytes, offset) === 0 ? likelySites : unlikelySites).push(site);
    offset += codes.length;
  }
  const overflow = total > limit;
  return { sites: overflow ? [] : likelySites.concat(unlikelySites), total, overflow };
}

// src/core/diagnose/describe.ts
var MORE_NAMES = {
  9: "CHARACTER TABULATION",
  10: "LINE FEED",
  13: "CARRIAGE RETURN",
  32: "SPACE",
  34: "QUOTATION MARK",
  39: "APOSTROPHE",
  45: "HYPHEN-MINUS",
  46: "FULL STOP",
  92: "REVERSE SOLIDUS",
  769: "COMBINING ACUTE ACCENT",
  65279: "ZERO WIDTH NO-BREAK SPACE"
};
function describeCharacter(codePoint, quote = false) {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, "0");
  const name = CHARACTER_NAMES[codePoint] ?? MORE_NAMES[codePoint];
  const shown = quote && codePoint >= 32 && codePoint < 127 ? ` '${String.fromCharCode(codePoint)}'` : "";
  return `${name === void 0 ? `U+${hex}` : `U+${hex} ${name}`}${shown}`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function sizeDifference(actual, sealed) {
  if (actual === sealed) return "the same length as sealed";
  return actual > sealed ? `${count(actual - sealed, "byte")} longer than sealed` : `${count(sealed - actual, "byte")} shorter than sealed`;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/core/diagnose/lines.ts
var LF4 = 10;
function lineAt2(bytes, offset) {
  const end = Math.min(offset, bytes.length);
  let line = 1;
  let at = bytes.indexOf(LF4);
  while (at !== -1 && at < end) {
    line++;
    at = bytes.indexOf(LF4, at + 1);
  }
  return line;
}
function firstDifference(a, b) {
  const end = Math.min(a.length, b.length);
  for (let i = 0; i < end; i++) if (a[i] !== b[i]) return i;
  return end;
}

// src/core/diagnose/undo-unicode-substitution.ts
var MAX_ATTEMPTS = 4096;
var MAX_HASHED_BYTES = 256 * 1024 * 1024;
var MAX_SITES = 4096;
function attemptBudget(length) {
  return Math.max(1, Math.min(MAX_ATTEMPTS, Math.floor(MAX_HASHED_BYTES / Math.max(1, length))));
}
function searchSubstitutions(actual, sealed, budget = attemptBudget(actual.length)) {
  const shortfall = sealed.bytes - actual.length;
  const fitting = SUBSTITUTION_CLASSES.filter((cls) => savingFits(cls, shortfall)).map((cls) => ({ cls, list: findSites(actual, cls, MAX_SITES) })).filter(({ cls, list }) => list.total > 0 && (cls.saving === 0 || shortfall / cls.saving <= list.total));
  const result = { found: null, classes: [], attempts: 0 };
  fitting.forEach(({ cls, list }, i) => {
    if (result.found !== null) return;
    const share = Math.ceil((budget - result.attempts) / (fitting.length - i));
    const search = searchClass(actual, sealed, cls, list, shortfall, share, result);
    result.classes.push(search);
    result.attempts += search.attempts;
  });
  return result;
}
function savingFits(cls, shortfall) {
  if (cls.saving === 0) return shortfall === 0;
  return shortfall > 0 && shortfall % cls.saving === 0;
}
function searchClass(actual, sealed, cls, list, shortfall, share, result) {
  const { sites: ranked, total, overflow } = list;
  const counts = cls.saving === 0 ? Array.from({ length: total }, (_, i) => i + 1) : [shortfall / cls.saving];
  const search = { cls, k: counts[0], candidates: total, overflow, attempts: 0, complete: false };
  if (overflow) return search;
  for (const k of counts) {
    search.k = k;
    for (const picked of combinations(total, k)) {
      if (search.attempts >= share) return search;
      search.attempts++;
      const sites = picked.map((i) => ranked[i]).sort((a, b) => a.offset - b.offset);
      const bytes = substitute(actual, sites, sealed.bytes);
      if (restores([bytes], sealed)) {
        result.found = { cls, sites, bytes };
        search.complete = true;
        return search;
      }
    }
  }
  search.complete = true;
  return search;
}
function* combinations(n, r) {
  const picked = Array.from({ length: r }, (_, i) => i);
  for (; ; ) {
    yield picked;
    let i = r - 1;
    while (i >= 0 && picked[i] === n - r + i) i--;
    if (i < 0) return;
    picked[i]++;
    for (let j = i + 1; j < r; j++) picked[j] = picked[j - 1] + 1;
  }
}
function substitute(actual, sites, length) {
  const out = new Uint8Array(length);
  let from = 0;
  let to = 0;
  for (const site of sites) {
    out.set(actual.subarray(from, site.offset), to);
    to = writeCodePoint(out, to + site.offset - from, site.original);
    from = site.offset + site.length;
  }
  out.set(actual.subarray(from), to);
  return out;
}

// src/core/diagnose/suspect.ts
var MAX_SUSPECTED_SUBSTITUTIONS = 16;
var MARKED_STEPS = [...undoBom, crlfToLf, jsonEscapesToUtf8, toNfc];
function suspect(actual, sealed, sameLength, search) {
  const causes = [];
  const reasons = [];
  const add = (cause, reason) => {
    if (!causes.includes(cause)) causes.push(cause);
    reasons.push(reason);
  };
  const delta = actual.length - sealed.bytes;
  if (sameLength !== null) {
    const what = sameLength.steps.map((step) => step.what).join(" and ");
    const undo = sameLength.steps.map((step) => step.undo).join(", then ");
    for (const step of sameLength.steps) if (!causes.includes(step.cause)) causes.push(step.cause);
    reasons.push(`${what}: ${undo} gives the sealed length but not the sealed sha256, so something else changed too`);
  } else {
    for (const step of MARKED_STEPS) {
      const undone = step.apply(actual);
      if (undone === null) continue;
      const after = undone.length - sealed.bytes;
      if (Math.abs(after) < Math.abs(delta) && Math.sign(after) === Math.sign(delta)) {
        add(step.cause, `${step.what}: ${step.undo} brings the file closer to the sealed length but not to its sha256`);
      }
    }
  }
  const unsearched = search.classes.filter((c) => !c.complete && c.cls.saving > 0 && c.k <= MAX_SUSPECTED_SUBSTITUTIONS);
  if (unsearched.length > 0) {
    const fits = unsearched.map((c) => `${c.k} of ${c.cls.name} among ${c.overflow ? `more than ${MAX_SITES}` : c.candidates} candidates`);
    add("unicode", `typographic characters replaced by ASCII would explain the length (${fits.join(", ")}), but the bounded search did not try every combination`);
  }
  if (delta < 0) {
    add("truncated", `the file is ${sizeDifference(actual.length, sealed.bytes)} and may have been cut short, which cannot be proven without the sealed bytes`);
  }
  if (causes.length === 0) {
    return {
      causes: ["unknown"],
      evidence: "suspected",
      line: null,
      detail: `Unknown change: the file is ${sizeDifference(actual.length, sealed.bytes)} and no known cause restores the sealed sha256`
    };
  }
  const onlyTruncated = causes.length === 1 && causes[0] === "truncated";
  return {
    causes,
    evidence: "suspected",
    line: onlyTruncated ? lineAt2(actual, actual.length) : null,
    detail: `${capitalize(reasons.join("; "))} (suspected: no undo restores the sealed sha256)`
  };
}

// src/core/diagnose/diagnose.ts
function diagnose(actual, sealed) {
  const outcome = tryCompositions(actual, sealed);
  if (outcome.proven !== null) return provenByUndo(actual, outcome.proven);
  if (actual.length > sealed.bytes && restores([actual.subarray(0, sealed.bytes)], sealed)) {
    return provenAppended(actual, sealed);
  }
  let budget = attemptBudget(actual.length);
  let parts = 1 + sizeOf(undoneByBomOrCrlf(actual));
  const search = searchSubstitutions(actual, sealed, Math.ceil(budget / parts));
  if (search.found !== null) return provenSubstitution(actual, { steps: [], bytes: actual }, search.found);
  budget -= search.attempts;
  for (const base of undoneByBomOrCrlf(actual)) {
    const under2 = searchSubstitutions(base.bytes, sealed, Math.ceil(budget / --parts));
    if (under2.found !== null) return provenSubstitution(actual, base, under2.found);
    budget -= under2.attempts;
  }
  return clean(suspect(actual, sealed, outcome.sameLength, search));
}
function sizeOf(items) {
  let n = 0;
  for (const _ of items) n++;
  return n;
}
function* undoneByBomOrCrlf(actual) {
  for (const bom of [null, ...undoBom]) {
    const afterBom = bom === null ? actual : bom.apply(actual);
    if (afterBom === null) continue;
    for (const crlf of [null, ...undoCrlf]) {
      if (bom === null && crlf === null) continue;
      const bytes = crlf === null ? afterBom : crlf.apply(afterBom);
      if (bytes === null) continue;
      yield { steps: [bom, crlf].filter((step) => step !== null), bytes };
    }
  }
}
function driftLine(actual, sealedBytes) {
  return lineAt2(actual, firstDifference(actual, sealedBytes));
}
function clean(diagnosis) {
  return { ...diagnosis, detail: oneLine(diagnosis.detail) };
}
function provenByUndo(actual, proof) {
  const causes = [...new Set(proof.steps.map((step) => step.cause))];
  const what = proof.steps.map((step) => step.what).join(" and ");
  const undo = proof.steps.map((step) => step.undo).join(", then ");
  return clean({
    causes,
    evidence: "proven",
    line: driftLine(actual, proof.bytes),
    detail: `${capitalize(what)} (proven: ${undo} restores the sealed sha256)`
  });
}
function provenAppended(actual, sealed) {
  return clean({
    causes: ["appended"],
    evidence: "proven",
    line: lineAt2(actual, sealed.bytes),
    detail: `${count(actual.length - sealed.bytes, "byte")} ${actual.length - sealed.bytes === 1 ? "was" : "were"} appended after the sealed content (proven: the first ${count(sealed.bytes, "byte")} have the sealed sha256)`
  });
}
function provenSubstitution(actual, base, found) {
  const [first] = found.sites;
  const line = base.steps.length === 0 ? driftLine(actual, found.bytes) : lineAt2(base.bytes, first.offset);
  const ascii2 = new TextDecoder().decode(base.bytes.subarray(first.offset, first.offset + first.length));
  const more = found.sites.length > 1 ? ` (and ${found.sites.length - 1} more of ${found.cls.name})` : "";
  const restoring = found.sites.length > 1 ? "restoring them" : "restoring it";
  const substitution = `${describeCharacter(first.original)} became '${ascii2}'${more}`;
  const what = base.steps.map((step) => step.what).join(" and ");
  const undo = base.steps.map((step) => `${step.undo}, then `).join("");
  return clean({
    causes: [...base.steps.map((step) => step.cause), "unicode"],
    evidence: "proven",
    line,
    detail: `${what === "" ? "Line" : `${capitalize(what)}, and on line`} ${line}: ${substitution} (proven: ${undo}${restoring} gives back the sealed sha256)`
  });
}

// src/core/diagnose/diagnose-file.ts
var DIAGNOSIS_LIMIT = 64 << 20;
var DIAGNOSIS_BUDGET = 256 << 20;
var spent = /* @__PURE__ */ new WeakMap();
function lengthDrift(sealed, actual) {
  return sealed.bytes === actual.bytes ? `same length (${actual.bytes} bytes), other bytes` : `${actual.bytes} bytes where the seal has ${sealed.bytes}`;
}
async function diagnoseFile(source, abs, sealed, actual) {
  const unknown = (detail) => ({
    diagnosis: { causes: ["unknown"], evidence: "suspected", line: null, detail },
    bytes: null
  });
  if (actual.bytes > DIAGNOSIS_LIMIT) return unknown(`too large to diagnose (over ${DIAGNOSIS_LIMIT} bytes)`);
  const used = spent.get(source) ?? 0;
  if (used + actual.bytes > DIAGNOSIS_BUDGET) return unknown(`not diagnosed: the run's diagnosis budget of ${DIAGNOSIS_BUDGET} bytes is spent`);
  spent.set(source, used + actual.bytes);
  let bytes;
  try {
    bytes = await source.read(abs, DIAGNOSIS_LIMIT);
  } catch (e) {
    return unknown(`could not be read again to diagnose: ${e.message}`);
  }
  return { diagnosis: diagnose(bytes, sealed), bytes };
}

// src/core/references.ts
var CONCURRENCY = 64;
var References = class {
  constructor(source, repoRoot) {
    this.source = source;
    this.repoRoot = repoRoot;
  }
  source;
  repoRoot;
  resolved = /* @__PURE__ */ new Map();
  diagnosed = /* @__PURE__ */ new Map();
  /**
   * Checks the reference entries of a packet. `dir` is the packet's report path, `present` every
   * path the packet's listing holds (files and refused entries), `at` makes a report path.
   */
  async check(dir, entries, present, at) {
    const out = { findings: [], digests: /* @__PURE__ */ new Map(), allResolved: true };
    const refs = entries.filter((e) => e.ref !== void 0);
    if (refs.length === 0) return out;
    const { files, folders } = occupied(present);
    const distinct = [...new Set(refs.filter((e) => !insideDir(e.ref, dir)).map((e) => e.ref))];
    await mapLimit(distinct, CONCURRENCY, (ref) => this.resolve(ref));
    for (const entry of refs) {
      const head = `${entry.path}: references ${entry.ref}`;
      if (insideDir(entry.ref, dir)) {
        out.findings.push(finding("ref", at(entry.path), `${head}, which lies inside this packet: a reference points outside its packet (seal the file itself instead)`));
        out.allResolved = false;
        continue;
      }
      if (files.has(entry.path) || folders.has(entry.path)) {
        const what = files.has(entry.path) ? "a file" : "a folder";
        out.findings.push(
          finding("ref", at(entry.path), `${head}, but the packet also holds ${what} at ${entry.path}: a referenced path must be absent from the packet`)
        );
      }
      const resolution = await this.resolve(entry.ref);
      if ("problem" in resolution) {
        out.findings.push(finding("ref", entry.ref, `${head}, which ${resolution.problem}`));
        out.allResolved = false;
        continue;
      }
      const digest = resolution.digest;
      out.digests.set(entry.path, digest);
      if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) out.findings.push(await this.diagnosis(entry, digest));
    }
    return out;
  }
  resolve(ref) {
    let pending = this.resolved.get(ref);
    if (pending === void 0) {
      pending = this.hash(ref);
      this.resolved.set(ref, pending);
    }
    return pending;
  }
  async hash(ref) {
    if (this.repoRoot === null) return { problem: "cannot be resolved: no repository root was given" };
    const problem = await this.source.fileProblem(this.repoRoot, ref);
    if (problem !== null) return { problem };
    try {
      return { digest: await this.source.digest(join4(this.repoRoot, ref)) };
    } catch (e) {
      if (e instanceof ReadError) return { problem: `cannot be read: ${e.message}` };
      throw e;
    }
  }
  /** The finding for a canonical file with other bytes; one file against one sealed digest is diagnosed once. */
  async diagnosis(entry, digest) {
    const key = `${entry.ref}\0${entry.sha256}\0${entry.bytes}`;
    let pending = this.diagnosed.get(key);
    if (pending === void 0) {
      pending = this.diagnose(entry.ref, entry, digest);
      this.diagnosed.set(key, pending);
    }
    const d = await pending;
    const message = `${entry.path}: references ${entry.ref}, whose bytes drifted from the seal: ${lengthDrift(entry, digest)}; ${d.detail}`;
    return finding("ref", entry.ref, message, { line: d.line, causes: [...d.causes], evidence: d.evidence });
  }
  async diagnose(ref, sealed, digest) {
    return (await diagnoseFile(this.source, join4(this.repoRoot, ref), sealed, digest)).diagnosis;
  }
};
function insideDir(path, dir) {
  if (dir === ".") return true;
  const p = collisionKey(path);
  const d = collisionKey(dir);
  return p === d || p.startsWith(`${d}/`);
}
function occupied(present) {
  const files = /* @__PURE__ */ new Set();
  const folders = /* @__PURE__ */ new Set();
  for (const path of present) {
    files.add(path);
    for (let i = path.indexOf("/"); i >= 0; i = path.indexOf("/", i + 1)) folders.add(path.slice(0, i));
  }
  return { files, folders };
}

// src/core/seal-references.ts
async function referenceEntries(dir, sealFileName, present, options, source) {
  const problems = [];
  const wanted = new Map(await currentReferences(join5(dir, sealFileName), problems));
  for (const path of options.dropReferences ?? []) {
    if (!wanted.delete(path)) problems.push(`--drop-reference ${path}: the current seal has no reference at ${path}`);
  }
  for (const [path, ref] of options.references ?? []) wanted.set(path, ref);
  if (wanted.size === 0) return { entries: [], problems };
  const packetDir = reportPath(options.repoRoot, dir);
  if (packetDir === ".." || packetDir.startsWith("../")) {
    return { entries: [], problems: [...problems, `the packet lies outside the repository root ${options.repoRoot}, which references are relative to`] };
  }
  const { files, folders } = occupied(present);
  const entries = [];
  for (const [path, ref] of wanted) {
    const where = `${path} (a reference to ${ref})`;
    const problem = pathProblem(path) ?? (path === sealFileName ? "a seal may not list itself" : null);
    const refProblem = pathProblem(ref);
    if (problem !== null) problems.push(`${where}: ${problem}`);
    else if (refProblem !== null) problems.push(`${where}: ${refProblem}`);
    else if (insideDir(ref, packetDir)) {
      problems.push(`${where}: the canonical file lies inside this packet; seal the file itself instead`);
    } else if (files.has(path) || folders.has(path)) {
      problems.push(`${where}: the packet also holds ${files.has(path) ? "a file" : "a folder"} at ${path}; remove it, or seal it instead with --drop-reference ${path}`);
    } else {
      const missing = await source.fileProblem(options.repoRoot, ref);
      if (missing !== null) problems.push(`${where}: the canonical file ${missing}`);
      else {
        try {
          entries.push({ path, ref, ...await source.digest(join5(options.repoRoot, ref)) });
        } catch (e) {
          if (!(e instanceof ReadError)) throw e;
          problems.push(`${where}: the canonical file ${e.message}`);
        }
      }
    }
  }
  return { entries, problems };
}
async function currentReferences(sealPath, problems) {
  let text;
  try {
    text = await readFile(sealPath, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return [];
    problems.push(`the current seal file cannot be read to keep its references: ${e.message}`);
    return [];
  }
  const refs = referencesIn(text);
  if (refs === null && text.includes('"ref"')) {
    problems.push("the current seal file is not JSON and may hold references; remove it to seal afresh, passing every --reference again");
  }
  return refs ?? [];
}
function referencesIn(text) {
  let files;
  try {
    files = JSON.parse(text)?.files;
  } catch {
    return null;
  }
  if (!Array.isArray(files)) return [];
  return files.filter((f) => typeof f?.path === "string" && typeof f?.ref === "string").map((f) => [f.path, f.ref]);
}

// src/core/tree-hash.ts
import { createHash as createHash2 } from "node:crypto";
function treeHash(entries) {
  return treeHashInOrder(inOrder(entries));
}
function treeHashInOrder(entries) {
  const hash = createHash2("sha256");
  let chunk = "";
  for (const e of entries) {
    chunk += `${e.sha256}  ${e.path}
`;
    if (chunk.length >= 1 << 16) {
      hash.update(chunk, "utf8");
      chunk = "";
    }
  }
  return hash.update(chunk, "utf8").digest("hex");
}
function inOrder(entries) {
  for (let i = 1; i < entries.length; i++) {
    if (compareBytewise(entries[i - 1].path, entries[i].path) > 0) return [...entries].sort((a, b) => compareBytewise(a.path, b.path));
  }
  return entries;
}

// src/core/seal-packet.ts
var SealRefused = class extends Error {
  constructor(problems) {
    super(`refused to seal: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`);
    this.problems = problems;
    this.name = "SealRefused";
  }
  problems;
};
async function buildSeal(dir, sealFileName = DEFAULT_SEAL_FILE, source = new FsSource(), options = {}) {
  const listing = await source.list(dir, sealFileName);
  const problems = listing.problems.map((p) => `${p.path}: ${p.message}`);
  const present = [...listing.files, ...listing.problems].map((f) => f.path);
  const refs = await referenceEntries(dir, sealFileName, present, { ...options, repoRoot: options.repoRoot ?? findRepoRoot(dir) }, source);
  problems.push(...refs.problems);
  const named = [...listing.files.map((f) => f.path), ...refs.entries.map((e) => e.path)];
  for (const [i, j] of collisions(named.length, (i2) => named[i2])) {
    problems.push(`${named[i]}: collides with ${named[j]} under case folding or Unicode normalization`);
  }
  if (problems.length > 0) throw new SealRefused(problems);
  const paths = listing.files.map((f) => f.path);
  const digested = await mapLimit(paths, 8, async (path) => ({ path, ...await source.digest(join6(dir, path)) }));
  const files = [...digested, ...refs.entries].sort((a, b) => compareBytewise(a.path, b.path));
  return { seal: 1, algorithm: "sha256", tree: treeHash(files), files: SealEntries.of(files) };
}
async function sealPacket(dir, sealFileName = DEFAULT_SEAL_FILE, options = {}) {
  const seal = await buildSeal(dir, sealFileName, new FsSource(), options);
  const target = join6(dir, sealFileName);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temp, canonicalSealText(seal), { flag: "wx" });
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return seal;
}

// src/core/usage-error.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/core/shard.ts
import { createHash as createHash3 } from "node:crypto";
var MAX_SHARDS = 256;
function parseShard(text) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (m === null) throw new UsageError(`shard must look like K/N (for example 2/4), not ${JSON.stringify(text)}`);
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || n > MAX_SHARDS) throw new UsageError(`shard ${text}: N must be between 1 and ${MAX_SHARDS}`);
  if (k < 1 || k > n) throw new UsageError(`shard ${text}: K must be between 1 and N (${n}); shards are numbered from 1`);
  return { k, n };
}
function shardOf(packetDir, n) {
  checkN(n);
  const digest = createHash3("sha256").update(packetDir, "utf8").digest();
  return 1 + digest.readUIntBE(0, 6) % n;
}
function assignShards(packets, n, sizes) {
  checkN(n);
  const unique = [...new Set(packets)];
  const out = /* @__PURE__ */ new Map();
  if (sizes === void 0) {
    for (const p of unique) out.set(p, shardOf(p, n));
    return out;
  }
  const known = unique.map((p) => sizes.get(p)).filter((v) => v !== void 0 && Number.isFinite(v) && v >= 0);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const weight = (p) => {
    const v = sizes.get(p);
    return v !== void 0 && Number.isFinite(v) && v >= 0 ? v : fallback;
  };
  const order = unique.map((p) => ({ p, w: weight(p) })).sort((a, b) => b.w - a.w || compareBytewise(a.p, b.p));
  const load = new Array(n).fill(0);
  for (const { p, w } of order) {
    let best = 0;
    for (let i = 1; i < n; i++) if (load[i] < load[best]) best = i;
    load[best] += w;
    out.set(p, best + 1);
  }
  return out;
}
function shardFilter(dirs, shard, sizes = /* @__PURE__ */ new Map()) {
  const assignment = assignShards(dirs, shard.n, sizes);
  return (dir) => (assignment.get(dir) ?? shardOf(dir, shard.n)) === shard.k;
}
function shardLine(shard, verified) {
  const all = `${shard.total} packet${shard.total === 1 ? "" : "s"} in all`;
  return verified === 0 ? `shard ${shard.k}/${shard.n}: no packet in this slice (${all})` : `shard ${shard.k}/${shard.n}: ${verified} of ${all}`;
}
function checkN(n) {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) throw new UsageError(`number of shards must be between 1 and ${MAX_SHARDS}, not ${n}`);
}

// src/core/selftest.ts
import { createHash as createHash4 } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile as readFile2, rm as rm2, symlink, unlink, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join10 } from "node:path";

// src/core/verify.ts
import { resolve as resolve2 } from "node:path";

// src/core/discover.ts
import { lstat as lstat2, readdir as readdir2 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join7 } from "node:path";
function discoveryFindings(problems, repoRoot) {
  return problems.map((p) => finding("unsafe", reportPath(repoRoot, p.path), p.message));
}
async function discoverPackets(roots, sealFileName) {
  const packets = /* @__PURE__ */ new Set();
  const problems = [];
  for (const root of roots) {
    let stat;
    try {
      stat = await lstat2(root);
    } catch (e) {
      throw new UsageError(`path ${JSON.stringify(root)} cannot be searched: ${describeError(e)}`);
    }
    if (stat.isSymbolicLink()) {
      problems.push({ path: root, message: "search path is a symbolic link: links are never followed" });
      continue;
    }
    if (stat.isFile() && basename(root) === sealFileName) {
      packets.add(dirname2(root));
      continue;
    }
    if (!stat.isDirectory()) throw new UsageError(`path ${JSON.stringify(root)} is not a directory or a seal file`);
    await walk(root, sealFileName, packets, problems);
  }
  return { packets: [...packets].sort(), problems };
}
async function walk(root, sealFileName, packets, problems) {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop();
    let entries;
    try {
      entries = await readdir2(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, message: `directory cannot be searched for packets: ${describeError(e)}` });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.includes("\uFFFD")) {
        problems.push({ path: join7(dir, entry.name), message: "name is not valid UTF-8: not searched for packets" });
      } else if (entry.name === sealFileName) {
        if (entry.isFile()) packets.add(dir);
        else problems.push({ path: join7(dir, entry.name), message: "seal file is not a regular file (links are never followed)" });
        if (entry.isDirectory()) pending.push(join7(dir, entry.name));
      } else if (entry.isDirectory()) {
        if (entry.name !== ".git") pending.push(join7(dir, entry.name));
      }
    }
  }
}

// src/core/packet-json.ts
import { join as join8 } from "node:path";

// src/core/json/check-json.ts
var MAX_SCHEMA_FINDINGS = 100;
function isCheckedJsonFile(file, config) {
  return file.toLowerCase().endsWith(".json") || schemasForFile(config, file).length > 0;
}
function createSchemaRegistry(repoRoot, config, files) {
  let registry;
  return () => registry ??= import("./schema-registry-W5DRG5DK.js").then((m) => new m.SchemaRegistry({ repoRoot, config, files }));
}
async function checkJsonFile(file, bytes, options) {
  if (!isCheckedJsonFile(file, options.config)) return [];
  const configured = schemasForFile(options.config, file).length > 0;
  let parsed = strictParse(file, bytes, { value: configured });
  if (!parsed.ok) return parsed.problems.sort(compareFindings);
  if (!configured && parsed.schema === void 0) return [];
  if (!configured) parsed = strictParse(file, bytes);
  if (!parsed.ok) throw new Error(`internal: ${file} was strict JSON once and not the second time`);
  const registry = options.registry ?? createSchemaRegistry(options.repoRoot, options.config, options.files);
  const errors = validateParsed(file, parsed.value, parsed.schema, options.config, await registry());
  return placed(file, bytes, errors).sort(compareFindings);
}
function placed(file, bytes, errors) {
  if (errors.length === 0) return [];
  const wanted = /* @__PURE__ */ new Set();
  for (const { pointer } of errors) {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
      wanted.add(p);
      if (p === "") break;
    }
  }
  const parsed = strictParse(file, bytes, { value: false, positions: wanted });
  if (!parsed.ok) throw new Error(`internal: ${file} was strict JSON once and not the second time`);
  return errors.map((e) => {
    const p = positionOf(parsed.positions, e.pointer, e.atKey);
    return finding("schema", file, e.message, { line: p.line, column: p.column });
  });
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function positionOf(positions, pointer, atKey) {
  if (atKey) {
    const key = positions.keys.get(pointer);
    if (key !== void 0) return key;
  }
  let p = pointer;
  for (; ; ) {
    const found = positions.values.get(p);
    if (found !== void 0) return found;
    if (p === "") return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf("/"));
  }
}
function resolveRelative(fromFile, ref) {
  const parts = fromFile.split("/").slice(0, -1);
  for (const segment of ref.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join("/");
}
function validateParsed(file, value, declared, config, registry) {
  const out = [];
  const schemas = [];
  for (const path of schemasForFile(config, file)) schemas.push(registry.forFile(path));
  if (declared !== void 0) {
    const fail = (message) => {
      out.push({ pointer: "/$schema", atKey: false, message: `/$schema: ${message}` });
    };
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(declared)) {
      const compiled = registry.forUri(declared);
      if (compiled !== null) schemas.push(compiled);
      else fail(`names ${declared}, which is not in the repository and is never fetched: vendor it (map it to a local copy under json.schemas in the configuration) or remove $schema`);
    } else if (declared.includes("#") || declared.includes("?")) {
      fail(`${JSON.stringify(declared)}: only a plain relative file path is supported (no fragment or query)`);
    } else {
      let path = null;
      try {
        path = resolveRelative(file, decodeURIComponent(declared));
      } catch {
        path = null;
      }
      const problem = path === null ? "leaves the repository" : repoPathProblem(path);
      if (path === null || problem !== null) {
        fail(`${JSON.stringify(declared)} ${problem ?? "is not a usable path"}`);
      } else if (!schemas.some((s) => s.source === path)) {
        let compiled = null;
        try {
          compiled = registry.forFile(path);
        } catch (e) {
          if (e instanceof SchemaNotFoundError && e.missing === path) fail(`names ${path}, which does not exist`);
          else throw e;
        }
        if (compiled !== null) schemas.push(compiled);
      }
    }
  }
  const unique = [...new Map(schemas.map((s) => [s.source, s])).values()];
  for (const schema of unique) {
    const valid = schema.validate(value);
    if (valid === true) continue;
    if (valid !== false) throw new Error(`schema ${schema.source} is asynchronous, which is not supported`);
    const described = describeErrors(schema.validate.errors, value);
    const suffix = unique.length > 1 ? ` [schema ${schema.source}]` : "";
    for (const [index, d] of described.entries()) {
      if (index === MAX_SCHEMA_FINDINGS) {
        const message = `${described.length - MAX_SCHEMA_FINDINGS} more schema violations not shown${suffix}`;
        out.push({ pointer: d.pointer, atKey: d.atKey, message });
        break;
      }
      out.push({ pointer: d.pointer, atKey: d.atKey, message: d.message + suffix });
    }
  }
  return out;
}

// src/core/packet-json.ts
var JSON_FILE_LIMIT = 64 << 20;
async function prepareJsonCheck(repoRoot, configPath, files = diskFiles(repoRoot)) {
  const config = configPath === void 0 && defaultConfigAbsent(files) ? null : (await import("./config-B3HA2D2G.js")).loadConfig(files, configPath);
  return { repoRoot, config, registry: createSchemaRegistry(repoRoot, config, files) };
}
function defaultConfigAbsent(files) {
  try {
    return files.read(DEFAULT_CONFIG_PATH) === null;
  } catch {
    return false;
  }
}
async function packetJsonFindings(packetAbs, paths, at, source, check2) {
  const out = [];
  const options = { repoRoot: check2.repoRoot, config: check2.config, registry: check2.registry };
  for (const path of paths) {
    const file = at(path);
    if (!isCheckedJsonFile(file, check2.config)) continue;
    let bytes;
    try {
      bytes = await source.read(join8(packetAbs, path), JSON_FILE_LIMIT);
    } catch (e) {
      out.push(finding("json", file, `${path}: cannot be checked as JSON: ${e.message}`));
      continue;
    }
    out.push(...await checkJsonFile(file, bytes, options));
  }
  return out;
}

// src/core/progress.ts
var PROGRESS_INTERVAL_MS = 250;
var ProgressTracker = class {
  constructor(callback, packetsTotal, intervalMs = PROGRESS_INTERVAL_MS) {
    this.callback = callback;
    this.packetsTotal = packetsTotal;
    this.intervalMs = intervalMs;
  }
  callback;
  packetsTotal;
  intervalMs;
  started = Date.now();
  last = 0;
  packetsDone = 0;
  packetsListed = 0;
  filesDone = 0;
  filesListed = 0;
  bytesDone = 0;
  /** Null once a packet was listed without sizes: the total is then known only at the end. */
  bytesListed = 0;
  /** The counter one packet reports to. */
  packet() {
    return {
      listed: (files, bytes) => {
        this.packetsListed++;
        this.filesListed += files;
        this.bytesListed = this.bytesListed === null || bytes === null ? null : this.bytesListed + bytes;
        this.emit(false);
      },
      hashed: (bytes) => {
        this.filesDone++;
        this.bytesDone += bytes;
        this.emit(false);
      }
    };
  }
  packetDone() {
    this.packetsDone++;
    this.emit(false);
  }
  finish() {
    this.emit(true);
  }
  emit(final) {
    const now = Date.now();
    if (!final && now - this.last < this.intervalMs) return;
    this.last = now;
    const known = this.packetsListed >= this.packetsTotal;
    try {
      this.callback({
        packets: { done: this.packetsDone, total: this.packetsTotal },
        files: { done: this.filesDone, total: known ? this.filesListed : null },
        bytes: { done: this.bytesDone, total: known && this.bytesListed !== null ? this.bytesListed : final ? this.bytesDone : null },
        elapsedMs: now - this.started,
        final
      });
    } catch {
    }
  }
};

// src/core/verify-packet.ts
import { join as join9, sep as sep2 } from "node:path";

// src/core/diagnose/line-bound.ts
var HYPHEN = 45;
var BACKSLASH2 = 92;
var EMPTY_REST = { leads: 0, hyphens: 0, emDashes: 0, enDashes: 0, keptDashes: 0 };
function dashAt(bytes, at, end) {
  if (bytes[at] !== 226 || at + 2 >= end || bytes[at + 1] !== 128) return 0;
  const last = bytes[at + 2];
  return last === 147 || last === 148 ? last : 0;
}
function taken(rest, file, fileFrom, fileTo, fileEnd, sealed, sealFrom, sealTo, sealEnd) {
  let { leads, hyphens, emDashes, enDashes, keptDashes } = rest;
  for (let i = fileFrom; i < fileTo; i++) {
    const b = file[i];
    if (b >= 192) leads++;
    else if (b === HYPHEN) hyphens--;
    else if (b === BACKSLASH2) keptDashes--;
    if (b === 226 && dashAt(file, i, fileEnd) !== 0) keptDashes--;
  }
  for (let i = sealFrom; i < sealTo; i++) {
    const b = sealed[i];
    if (b >= 192) leads--;
    else if (b === HYPHEN) hyphens++;
    if (b === 226) {
      const dash = dashAt(sealed, i, sealEnd);
      if (dash === 148) emDashes--;
      else if (dash === 147) enDashes--;
    }
  }
  return { leads, hyphens, emDashes, enDashes, keptDashes };
}
function restOf(file, fileFrom, fileEnd, sealed, sealFrom, sealEnd) {
  const t = taken(EMPTY_REST, file, fileFrom, fileEnd, fileEnd, sealed, sealFrom, sealEnd, sealEnd);
  return { leads: -t.leads, hyphens: -t.hyphens, emDashes: -t.emDashes, enDashes: -t.enDashes, keptDashes: -t.keptDashes };
}
function lowerBound(rest) {
  const unexplained = Math.max(
    0,
    rest.hyphens - 2 * rest.emDashes - rest.enDashes,
    -rest.hyphens,
    rest.emDashes + rest.enDashes - rest.hyphens - rest.keptDashes
  );
  return Math.max(0, rest.leads) + (unexplained > 0 ? 1 + unexplained : 0);
}

// src/core/diagnose/line-changes.ts
var LF5 = 10;
var CR3 = 13;
var BOM = [239, 187, 191];
var ASCII_FOR = {
  8212: ["--", "-"],
  8211: ["-"],
  8216: ["'"],
  8217: ["'"],
  8220: ['"'],
  8221: ['"'],
  160: [" "],
  8230: ["..."]
};
function startsWith(bytes, at, end, text) {
  if (at + text.length > end) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text[i]) return false;
  return true;
}
var ascii = (text) => Array.from(text, (c) => c.charCodeAt(0));
var hex4 = (unit) => unit.toString(16).padStart(4, "0");
function jsonEscape(cp2) {
  if (cp2 < 65536) return `\\u${hex4(cp2)}`;
  const v = cp2 - 65536;
  return `\\u${hex4(55296 + (v >> 10))}\\u${hex4(56320 + (v & 1023))}`;
}
function startsWithEscape(bytes, at, end, text) {
  if (at + text.length > end) return false;
  for (let i = 0; i < text.length; i++) {
    const b = bytes[at + i];
    const lower = b >= 65 && b <= 70 ? b + 32 : b;
    if (lower !== text.charCodeAt(i)) return false;
  }
  return true;
}
var decompositions = /* @__PURE__ */ new Map();
function decomposed(cp2) {
  if (cp2 < 192) return null;
  const known = decompositions.get(cp2);
  if (known !== void 0) return known;
  const text = String.fromCodePoint(cp2);
  const nfd = text.normalize("NFD");
  const bytes = nfd === text ? null : new TextEncoder().encode(nfd);
  if (decompositions.size < 4096) decompositions.set(cp2, bytes);
  return bytes;
}
function knownChanges(file, seal, atFileStart) {
  const out = [];
  if (file.bytes[file.at] === CR3 && file.bytes[file.at + 1] === LF5 && seal.bytes[seal.at] === LF5) {
    out.push({ cause: "crlf", actual: 1, sealed: 0, what: () => "the LF line ending became CRLF" });
  }
  if (seal.bytes[seal.at] === CR3 && seal.bytes[seal.at + 1] === LF5 && file.bytes[file.at] === LF5) {
    out.push({ cause: "crlf", actual: 0, sealed: 1, what: () => "the CRLF line ending became LF" });
  }
  if (atFileStart && startsWith(file.bytes, file.at, file.end, BOM) && !startsWith(seal.bytes, seal.at, seal.end, BOM)) {
    out.push({ cause: "bom", actual: 3, sealed: 0, what: () => "a UTF-8 byte order mark (EF BB BF) was added" });
  }
  const was = codePointAt(seal.bytes, seal.at, seal.end);
  const now = codePointAt(file.bytes, file.at, file.end);
  if (was.cp < 0 || now.cp < 0) return out;
  for (const text of ASCII_FOR[was.cp] ?? []) {
    if (startsWith(file.bytes, file.at, file.end, ascii(text))) {
      out.push({ cause: "unicode", actual: text.length, sealed: was.length, what: () => `${describeCharacter(was.cp)} became ${describeText(ascii(text))}` });
    }
  }
  if (was.cp >= 128) {
    const escape = jsonEscape(was.cp);
    if (startsWithEscape(file.bytes, file.at, file.end, escape)) {
      out.push({ cause: "ensure-ascii", actual: escape.length, sealed: was.length, what: () => `${describeCharacter(was.cp)} became the JSON escape ${escape}` });
    }
  }
  const split = decomposed(was.cp);
  if (split !== null && startsWith(file.bytes, file.at, file.end, split)) {
    out.push({ cause: "unicode", actual: split.length, sealed: was.length, what: () => `${describeCharacter(was.cp)} was decomposed (NFD) into ${describeCodePoints(split)}` });
  }
  const joined = decomposed(now.cp);
  if (joined !== null && startsWith(seal.bytes, seal.at, seal.end, joined)) {
    out.push({ cause: "unicode", actual: now.length, sealed: joined.length, what: () => `${describeCodePoints(joined)} were composed (NFC) into ${describeCharacter(now.cp)}` });
  }
  return out;
}
function describeCodePoints(bytes) {
  const names = [];
  let count2 = 0;
  for (let at = 0; at < bytes.length; count2++) {
    const { cp: cp2, length } = codePointAt(bytes, at, bytes.length);
    if (names.length < 3) names.push(cp2 < 0 ? `byte 0x${bytes[at].toString(16).padStart(2, "0").toUpperCase()}` : describeCharacter(cp2, true));
    at += length;
  }
  if (count2 > 3) return `${count2} characters (${bytes.length} bytes) starting with ${names.join(", ")}`;
  return names.join(" and ");
}
function describeText(text) {
  return describeCodePoints(Uint8Array.from(text));
}
function editEnds(file, seal, suffix) {
  const common = Math.min(suffix, file.end - file.at, seal.end - seal.at);
  let fileEnd = file.end - common;
  let sealEnd = seal.end - common;
  while (fileEnd < file.end && (file.bytes[fileEnd] & 192) === 128) {
    fileEnd++;
    sealEnd++;
  }
  return { fileEnd, sealEnd };
}
function describeSpan(file, seal, fileEnd, sealEnd) {
  const now = file.bytes.subarray(file.at, fileEnd);
  const was = seal.bytes.subarray(seal.at, sealEnd);
  if (was.length === 0) return `${describeCodePoints(now)} inserted`;
  if (now.length === 0) return `${describeCodePoints(was)} deleted`;
  return `${describeCodePoints(was)} became ${describeCodePoints(now)}`;
}
function commonSuffix(file, seal) {
  let n = 0;
  while (n < file.end - file.at && n < seal.end - seal.at && file.bytes[file.end - 1 - n] === seal.bytes[seal.end - 1 - n]) n++;
  return n;
}
var STATES_PER_BYTE = 1;
var MAX_LINE_STATES = 65536;
function lineBudget(actualBytes, sealedBytes) {
  const states = MAX_LINE_STATES + STATES_PER_BYTE * (actualBytes + sealedBytes);
  return { states, total: states };
}
function lineChanges(actual, actualLine, sealed, sealedLine, atFileStart, budget = lineBudget(actualLine.end - actualLine.start, sealedLine.end - sealedLine.start)) {
  const fileEnd = actualLine.end;
  const sealEnd = sealedLine.end;
  const suffix = commonSuffix({ bytes: actual, at: actualLine.start, end: fileEnd }, { bytes: sealed, at: sealedLine.start, end: sealEnd });
  const width = sealEnd - sealedLine.start + 1;
  const keyOf = (f, s) => (f - actualLine.start) * width + (s - sealedLine.start);
  const states = /* @__PURE__ */ new Map();
  const lineBound = budget.states >= MAX_LINE_STATES;
  const maxStates = Math.min(MAX_LINE_STATES, budget.states);
  const take = (rest, f, fileTo, s, sealTo) => taken(rest, actual, f, fileTo, fileEnd, sealed, s, sealTo, sealEnd);
  const stateAt = (f, s, rest) => {
    const equalFrom = f;
    const sealFrom = s;
    while (f < fileEnd && s < sealEnd && actual[f] === sealed[s]) {
      f++;
      s++;
    }
    while (f > equalFrom && ((actual[f] & 192) === 128 || (sealed[s] & 192) === 128)) {
      f--;
      s--;
    }
    const state = { file: f, seal: s, rest: take(rest, equalFrom, f, sealFrom, s), options: [], cost: Infinity, done: false, cursor: 0, best: -1 };
    if (f === fileEnd && s === sealEnd) {
      state.cost = 0;
      state.done = true;
      return state;
    }
    const file = { bytes: actual, at: f, end: fileEnd };
    const seal = { bytes: sealed, at: s, end: sealEnd };
    if (f < fileEnd && s < sealEnd) {
      const atStart = atFileStart && f === actualLine.start && s === sealedLine.start;
      for (const match of knownChanges(file, seal, atStart)) {
        const after = take(state.rest, f, f + match.actual, s, s + match.sealed);
        state.options.push({ match, next: keyOf(f + match.actual, s + match.sealed), cost: 1, rest: after, least: 1 + lowerBound(after) });
      }
    }
    const ends = editEnds(file, seal, suffix);
    const edit2 = 1 + (ends.fileEnd - f) + (ends.sealEnd - s);
    state.options.push({ match: null, next: -1, cost: edit2, rest: EMPTY_REST, least: edit2 });
    state.options.sort((a, b) => a.least - b.least);
    return state;
  };
  const rootKey = keyOf(actualLine.start, sealedLine.start);
  const root = stateAt(actualLine.start, sealedLine.start, restOf(actual, actualLine.start, fileEnd, sealed, sealedLine.start, sealEnd));
  states.set(rootKey, root);
  const out = { causes: [], first: null, bounded: false };
  const asEdit = (state) => {
    const file = { bytes: actual, at: state.file, end: fileEnd };
    const seal = { bytes: sealed, at: state.seal, end: sealEnd };
    const ends = editEnds(file, seal, suffix);
    return describeSpan(file, seal, ends.fileEnd, ends.sealEnd);
  };
  if (root.done) return out;
  const stack = [rootKey];
  while (stack.length > 0) {
    const state = states.get(stack[stack.length - 1]);
    if (state.done) {
      stack.pop();
      continue;
    }
    const option = state.options[state.cursor];
    if (option === void 0 || (state === root ? option.least > state.cost : option.least >= state.cost)) {
      state.done = true;
      stack.pop();
      continue;
    }
    let total = option.cost;
    if (option.next >= 0) {
      let next = states.get(option.next);
      if (next === void 0) {
        if (states.size >= maxStates) {
          budget.states -= states.size;
          const limit = lineBound ? `its bound of ${MAX_LINE_STATES} positions for one line` : `the bound of ${budget.total} positions for all lines of this file`;
          return { causes: ["unknown"], first: `${asEdit(root)} (not explained: the search for what changed reached ${limit})`, bounded: true };
        }
        const match = option.match;
        next = stateAt(state.file + match.actual, state.seal + match.sealed, option.rest);
        states.set(option.next, next);
      }
      if (!next.done) {
        stack.push(option.next);
        continue;
      }
      total += next.cost;
    }
    if (total < state.cost) {
      state.cost = total;
      state.best = state.cursor;
    }
    state.cursor++;
  }
  budget.states -= states.size;
  const note = (cause, what) => {
    if (!out.causes.includes(cause)) out.causes.push(cause);
    if (out.first === null) out.first = what;
  };
  const totalOf = (option) => {
    if (option.next < 0) return option.cost;
    const next = states.get(option.next);
    return next?.done === true ? option.cost + next.cost : Infinity;
  };
  const tied = root.options.filter((option) => totalOf(option) === root.cost);
  const whatOf = (state, option) => option.match?.what() ?? asEdit(state);
  if (new Set(tied.map((option) => whatOf(root, option))).size > 1) note(tied[0].match?.cause ?? "edited", describeTie(root, tied));
  for (let state = root; state !== void 0 && state.cost > 0; ) {
    const option = state.options[state.best];
    if (option.match === null) {
      note("edited", asEdit(state));
      break;
    }
    note(option.match.cause, option.match.what());
    state = states.get(option.next);
  }
  return out;
  function describeTie(from, options) {
    const file = { bytes: actual, at: from.file, end: fileEnd };
    const seal = { bytes: sealed, at: from.seal, end: sealEnd };
    let open2 = new Set(options.map((option) => option.next));
    while (!open2.has(-1) && open2.size > 1) {
      let behind = -1;
      let least = Infinity;
      for (const key of open2) {
        const state2 = states.get(key);
        if (state2.file + state2.seal < least) {
          least = state2.file + state2.seal;
          behind = key;
        }
      }
      const state = states.get(behind);
      if (state.cost === 0) break;
      open2.delete(behind);
      const cheapest = state.options.filter((option) => totalOf(option) === state.cost);
      open2 = /* @__PURE__ */ new Set([...open2, ...cheapest.map((option) => option.next)]);
    }
    if (open2.size === 1 && !open2.has(-1)) {
      const [key] = open2;
      const f = actualLine.start + Math.floor(key / width);
      const s = sealedLine.start + key % width;
      return describeSpan(file, seal, f, s);
    }
    const ends = editEnds(file, seal, suffix);
    return describeSpan(file, seal, ends.fileEnd, ends.sealEnd);
  }
}

// src/core/diagnose/line-diff.ts
var LF6 = 10;
var MAX_EDITS = 1e3;
var MAX_LINE_COMPARISONS = 2e7;
var MAX_DIFF_LINES = 1e5;
var MAX_DIFF_BYTES = 16 << 20;
var FIRST_WINDOW = 256;
function splitLines(bytes, from = 0, to = bytes.length, limit = Infinity) {
  const lines = [];
  let start = from;
  for (let at = bytes.indexOf(LF6, from); at !== -1 && at < to && lines.length < limit; at = bytes.indexOf(LF6, at + 1)) {
    lines.push({ start, end: at + 1 });
    start = at + 1;
  }
  if (start < to && lines.length < limit) lines.push({ start, end: to });
  return lines;
}
function countLines(bytes, from, to, limit = Infinity) {
  let n = 0;
  let start = from;
  for (let at = bytes.indexOf(LF6, from); at !== -1 && at < to && n <= limit; at = bytes.indexOf(LF6, at + 1)) {
    n++;
    start = at + 1;
  }
  return start < to && n <= limit ? n + 1 : n;
}
function lineStart(bytes, at) {
  return at === 0 || bytes[at - 1] === LF6;
}
function diffLines(actual, sealed, offset) {
  const headOffset = offset === 0 ? 0 : actual.lastIndexOf(LF6, offset - 1) + 1;
  const head = countLines(actual, 0, headOffset);
  const most = Math.min(actual.length, sealed.length) - headOffset;
  let same = 0;
  while (same < most && actual[actual.length - 1 - same] === sealed[sealed.length - 1 - same]) same++;
  while (same > 0 && !(lineStart(actual, actual.length - same) && lineStart(sealed, sealed.length - same))) same--;
  const actualEnd = actual.length - same;
  const sealedEnd = sealed.length - same;
  const region = (actualCount2, sealedCount2) => ({
    actual: head,
    actualCount: actualCount2,
    sealed: head,
    sealedCount: sealedCount2,
    actualOffset: headOffset,
    sealedOffset: headOffset
  });
  const actualCount = countLines(actual, headOffset, actualEnd, 1);
  const sealedCount = countLines(sealed, headOffset, sealedEnd, 1);
  if (actualCount <= 1 && sealedCount <= 1) return { hunks: [region(actualCount, sealedCount)], exact: true, overWindow: false, first: null };
  const small = actualEnd - headOffset <= MAX_DIFF_BYTES && sealedEnd - headOffset <= MAX_DIFF_BYTES;
  const actualLines = small ? splitLines(actual, headOffset, actualEnd, MAX_DIFF_LINES + 1) : [];
  const sealedLines = small ? splitLines(sealed, headOffset, sealedEnd, MAX_DIFF_LINES + 1) : [];
  const fits = small && actualLines.length <= MAX_DIFF_LINES && sealedLines.length <= MAX_DIFF_LINES;
  const shift = (h, a, b) => ({
    ...h,
    actual: h.actual + head,
    sealed: h.sealed + head,
    actualOffset: a[h.actual]?.start ?? actualEnd,
    sealedOffset: b[h.sealed]?.start ?? sealedEnd
  });
  if (fits) {
    const ids2 = lineIds(actual, actualLines, sealed, sealedLines);
    const n = ids2.actual.length;
    const m = ids2.sealed.length;
    const maxEdits = Math.min(MAX_EDITS, n + m, Math.floor(MAX_LINE_COMPARISONS / Math.max(1, n + m)));
    const hunks = myers(ids2.actual, ids2.sealed, maxEdits);
    if (hunks !== null) return { hunks: hunks.map((h) => shift(h, actualLines, sealedLines)), exact: true, overWindow: false, first: null };
  }
  const x = splitLines(actual, headOffset, actualEnd, FIRST_WINDOW);
  const y = splitLines(sealed, headOffset, sealedEnd, FIRST_WINDOW);
  const ids = lineIds(actual, x, sealed, y);
  const [first] = myers(ids.actual, ids.sealed, x.length + y.length) ?? [];
  const inside = first !== void 0 && first.actual + first.actualCount < x.length && first.sealed + first.sealedCount < y.length;
  const span = region(countLines(actual, headOffset, actualEnd), countLines(sealed, headOffset, sealedEnd));
  return { hunks: [span], exact: false, overWindow: !fits, first: inside ? shift(first, x, y) : null };
}
function lineIds(actual, actualLines, sealed, sealedLines) {
  const ids = /* @__PURE__ */ new Map();
  const id = (bytes, line) => {
    const key = Buffer.from(bytes.buffer, bytes.byteOffset + line.start, line.end - line.start).toString("latin1");
    let value = ids.get(key);
    if (value === void 0) {
      value = ids.size;
      ids.set(key, value);
    }
    return value;
  };
  return { actual: actualLines.map((l) => id(actual, l)), sealed: sealedLines.map((l) => id(sealed, l)) };
}
function myers(a, b, maxEdits) {
  const n = a.length;
  const m = b.length;
  const size = 2 * maxEdits + 3;
  const center = maxEdits + 1;
  const v = new Int32Array(size);
  v[center + 1] = 0;
  const trace = [];
  for (let d = 0; d <= maxEdits; d++) {
    trace.push(v.slice(center - d - 1, center + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && v[center + k - 1] < v[center + k + 1] ? v[center + k + 1] : v[center + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[center + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}
function backtrack(trace, n, m) {
  const edits = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d];
    const at = (k2) => v[k2 + d + 1];
    const k = x - y;
    const prevK = k === -d || k !== d && at(k - 1) < at(k + 1) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    edits.push(x === prevX ? { x, y: prevY, inserted: false } : { x: prevX, y, inserted: true });
    x = prevX;
    y = prevY;
  }
  edits.reverse();
  const hunks = [];
  for (const e of edits) {
    const last = hunks[hunks.length - 1];
    const joins = last !== void 0 && last.actual + last.actualCount === e.x && last.sealed + last.sealedCount === e.y;
    const hunk = joins ? last : { actual: e.x, actualCount: 0, sealed: e.y, sealedCount: 0 };
    if (e.inserted) hunk.actualCount++;
    else hunk.sealedCount++;
    if (!joins) hunks.push(hunk);
  }
  return hunks;
}

// src/core/diagnose/compare-sealed.ts
var LF7 = 10;
var CR4 = 13;
function lineCount(bytes) {
  return countLines(bytes, 0, bytes.length);
}
function lineEnd(bytes, start) {
  const at = bytes.indexOf(LF7, start);
  return at === -1 ? bytes.length : at + 1;
}
function isLineEnding(bytes) {
  return bytes.length === 1 && bytes[0] === LF7 || bytes.length === 2 && bytes[0] === CR4 && bytes[1] === LF7;
}
function compareWithSealed(actual, sealedBytes, sealed, where) {
  if (!restores([sealedBytes], sealed)) return null;
  const offset = firstDifference(actual, sealedBytes);
  if (offset === actual.length && offset === sealedBytes.length) return null;
  const line = lineAt2(actual, offset);
  const proof = `(proven: compared with the sealed bytes found in ${where})`;
  const result = (causes2, detail) => ({ causes: causes2, evidence: "proven", line, detail: oneLine(`${detail} ${proof}`) });
  if (offset === actual.length) {
    const rest = sealedBytes.subarray(offset);
    if (isLineEnding(rest)) return result(["trailing-newline"], `Line ${line}: the final line ending was removed`);
    if (actual.length === 0) {
      return result(["truncated"], `The file is empty; the sealed bytes had ${count(rest.length, "byte")} over ${count(lineCount(rest), "line")}`);
    }
    return result(
      ["truncated"],
      `The file ends at line ${line}; the sealed bytes went on for ${count(rest.length, "more byte")} over ${count(lineCount(rest), "line")}`
    );
  }
  if (offset === sealedBytes.length) {
    const rest = actual.subarray(offset);
    if (isLineEnding(rest)) return result(["trailing-newline"], `Line ${line}: a final line ending was added`);
    return result(["appended"], `Line ${line}: ${count(rest.length, "byte")} over ${count(lineCount(rest), "line")} were appended after the sealed content`);
  }
  const diff = diffLines(actual, sealedBytes, offset);
  const causes = /* @__PURE__ */ new Set();
  const [span] = diff.hunks;
  const paired = diff.exact || span.actualCount === span.sealedCount;
  const named = paired ? diff.hunks : [diff.first ?? span];
  if (!paired) causes.add("edited");
  let first = null;
  const budget = lineBudget(actual.length, sealedBytes.length);
  const unexplained = [];
  for (const hunk of named) {
    const what = hunkChanges(actual, sealedBytes, hunk, causes, budget, unexplained);
    first ??= what;
  }
  const changed = diff.hunks.reduce((n, h) => n + Math.max(h.actualCount, h.sealedCount), 0);
  const extent = diff.exact ? `${count(changed, "line")} of the file ${changed === 1 ? "differs" : "differ"} from the sealed bytes` : `lines ${line} to ${span.actual + span.actualCount} differ from the sealed bytes (${diff.overWindow ? `more than the line diff's window of ${MAX_DIFF_LINES} lines or ${MAX_DIFF_BYTES} bytes, so not counted exactly` : "too many changes to count exactly"})`;
  const later = unexplained.filter((n) => n !== line);
  const unexplainedNote = later.length === 0 ? "" : `; line ${later[0]}${later.length > 1 ? ` and ${count(later.length - 1, "later line")}` : ""} not explained (the search for what changed reached its bound)`;
  const ordered = ALL_CAUSES.filter((c) => causes.has(c));
  return result(ordered.length > 0 ? ordered : ["edited"], `Line ${line}: ${first ?? "changed"}; ${extent}${unexplainedNote}`);
}
function hunkChanges(actual, sealed, hunk, causes, budget, unexplained) {
  const pairs = Math.min(hunk.actualCount, hunk.sealedCount);
  let first = null;
  let a = hunk.actualOffset;
  let b = hunk.sealedOffset;
  for (let i = 0; i < pairs; i++) {
    const actualLine = { start: a, end: lineEnd(actual, a) };
    const sealedLine = { start: b, end: lineEnd(sealed, b) };
    const changes = lineChanges(actual, actualLine, sealed, sealedLine, hunk.actual + i === 0, budget);
    for (const c of changes.causes) causes.add(c);
    if (changes.bounded) unexplained.push(hunk.actual + i + 1);
    first ??= changes.first;
    a = actualLine.end;
    b = sealedLine.end;
  }
  const inserted = hunk.actualCount - pairs;
  const deleted = hunk.sealedCount - pairs;
  if (inserted > 0 || deleted > 0) causes.add("edited");
  const bytesOf = (bytes, from, n) => {
    let end = from;
    for (let i = 0; i < n; i++) end = lineEnd(bytes, end);
    return end - from;
  };
  if (first !== null) return first;
  if (inserted > 0) return `${count(inserted, "line")} (${count(bytesOf(actual, a, inserted), "byte")}) inserted that the sealed bytes do not have`;
  return `${count(deleted, "line")} of the sealed bytes (${count(bytesOf(sealed, b, deleted), "byte")}) deleted here`;
}

// src/core/diagnose/from-history.ts
async function withHistory(diagnosis, actual, entry, packetDir, lookup) {
  if (lookup === void 0 || diagnosis.evidence === "proven") return diagnosis;
  let search;
  try {
    search = await lookup(entry, packetDir);
  } catch (e) {
    return annotated(diagnosis, `history could not be searched: ${e.message}`);
  }
  if (search.bytes === null) return annotated(diagnosis, search.searched);
  const compared = compareWithSealed(actual, search.bytes, entry, search.where);
  if (compared === null) return annotated(diagnosis, `the copy found in ${search.where} is not the sealed bytes, so it was not used`);
  return compared;
}
function annotated(diagnosis, note) {
  return { ...diagnosis, detail: oneLine(`${diagnosis.detail}; ${note}`) };
}

// src/core/verify-packet.ts
var SEAL_FILE_LIMIT = 64 << 20;
var CONCURRENCY2 = 4096;
async function verifyPacket(target, context) {
  const { source, sealFile: sealFileName, progress } = context;
  const at = (path) => joinReportPath(target.dir, path);
  const findings = [];
  const hashing = new Hashing(target.abs, source, progress);
  const { problems, hashed } = await listAndHash(target, context, hashing);
  progress?.listed(hashing.count, hashing.listedBytes());
  const order = Array.from({ length: hashing.count }, (_, k) => k).sort((a, b) => compareBytewise(hashing.path(a), hashing.path(b)));
  const files = order.map((k) => hashing.path(k));
  const sealed = await readSeal(target, source, sealFileName, findings, new KnownPaths(files.length, (i) => files[i]));
  for (const p of problems) findings.push(finding(p.kind, at(p.path), `${p.path}: ${p.message}`));
  findings.push(...collisionFindings(files, at));
  const results = await hashed;
  let bytes = 0;
  for (let k = 0; k < results.count; k++) bytes += results.listedSize(k) ?? Math.max(results.bytes(k), 0);
  let allHashed = problems.length === 0;
  order.forEach((k, i) => {
    const e = results.error(k);
    if (e !== void 0) {
      findings.push(readFinding(e, at(files[i]), files[i]));
      allHashed = false;
    }
  });
  let actualTree = null;
  if (sealed !== null) {
    const entries = sealed.files;
    const refused = new Set(problems.map((p) => p.path));
    const drifted = [];
    const references = [];
    let same = true;
    for (let i = 0, j = 0; i < files.length || j < entries.length; ) {
      const cmp = i === files.length ? 1 : j === entries.length ? -1 : compareBytewise(files[i], entries.path(j));
      if (cmp < 0) {
        const path = files[i++];
        findings.push(finding("extra", at(path), `${path}: present but not listed in the seal`));
        same = false;
        continue;
      }
      const e = j++;
      if (entries.ref(e) !== void 0) references.push(entries.entry(e));
      if (cmp > 0) {
        const path = entries.path(e);
        if (entries.ref(e) === void 0) {
          if (!refused.has(path)) findings.push(finding("missing", at(path), `${path}: listed in the seal but absent`));
          same = false;
        }
      } else {
        const k = order[i++];
        if (results.error(k) !== void 0 || entries.ref(e) !== void 0) same = false;
        else if (!results.matches(k, entries, e)) drifted.push([entries.entry(e), results.digest(k)]);
      }
    }
    for (const [entry, digest] of drifted) findings.push(await mismatchFinding(target, context, entry, digest, at(entry.path)));
    const refs = await (context.references ?? new References(source, null)).check(target.dir, references, presentPaths(files, problems), at);
    findings.push(...refs.findings);
    allHashed &&= refs.allResolved;
    const recomputed = treeHashInOrder(entries);
    if (recomputed !== sealed.tree) {
      findings.push(
        finding("tree", at(sealFileName), `tree value ${sealed.tree} does not match the files listed in the seal (they hash to ${recomputed})`)
      );
    }
    if (allHashed) actualTree = same && drifted.length === 0 && refs.findings.length === 0 ? recomputed : treeOf(files, order, results, refs.digests);
  } else if (allHashed) {
    actualTree = treeOf(files, order, results, /* @__PURE__ */ new Map());
  }
  if (context.json !== void 0) {
    findings.push(...await packetJsonFindings(target.abs, files, at, source, context.json));
  }
  const ordered = sortFindings(findings);
  return {
    dir: target.dir,
    ok: sealed !== null && ordered.length === 0,
    tree: { sealed: sealed?.tree ?? null, actual: actualTree },
    files: files.length,
    bytes,
    findings: ordered
  };
}
async function listAndHash(target, { source, sealFile }, hashing) {
  const listing = await source.list(target.abs, sealFile, (file) => hashing.add(file));
  return { problems: listing.problems, hashed: hashing.finish(listing.files) };
}
var Hashing = class {
  constructor(abs, source, progress) {
    this.progress = progress;
    const prefix = abs.endsWith(sep2) ? abs : abs + sep2;
    this.pathOf = sep2 === "/" ? (path) => prefix + path : (path) => join9(abs, path);
    this.batch = source.digestBatch?.(this) ?? perFileBatch((p) => source.digest(p), this);
  }
  progress;
  /** Path of each file, in listing order. */
  paths = [];
  // Room for a few files at first, doubled as files come: a run of many small packets made one
  // set of these per packet, and 1,024 files' worth each held tens of MiB over 1,000 packets.
  digests = new Uint8Array(32 * 16);
  /** Length hashed per file; -1 until hashed, and for a file that failed. */
  sizes = new Float64Array(16).fill(-1);
  /** Size the listing gave per file, NaN where it gave none; null while it gave none at all (a folder on disk). */
  listed = null;
  errors = /* @__PURE__ */ new Map();
  batch;
  next = 0;
  settled = 0;
  finished = null;
  pathOf;
  add(file) {
    const k = this.paths.length;
    if (k === this.sizes.length) this.grow();
    this.paths.push(file.path);
    if (file.size !== null) this.listed ??= new Float64Array(this.sizes.length).fill(NaN);
    if (this.listed !== null) this.listed[k] = file.size ?? NaN;
    if (this.next - this.settled < CONCURRENCY2) this.start();
  }
  finish(listed) {
    if (this.paths.length === 0) for (const file of listed) this.add(file);
    if (this.paths.length !== listed.length || listed.some((f, k) => f.path !== this.paths[k] || f.size !== this.listedSize(k))) {
      throw new Error("internal: the files handed over while listing are not the files listed");
    }
    return new Promise((resolve4) => {
      this.finished = () => resolve4(this);
      if (this.settled === this.paths.length) this.finished();
    });
  }
  /** Files listed. */
  get count() {
    return this.paths.length;
  }
  /** Path of file `k` (listing order). */
  path(k) {
    return this.paths[k];
  }
  /** Size the listing gave for file `k`, or null. */
  listedSize(k) {
    const size = this.listed?.[k] ?? NaN;
    return Number.isNaN(size) ? null : size;
  }
  /** Total of the sizes the listing gave, or null when it did not give every one. */
  listedBytes() {
    if (this.listed === null) return this.paths.length === 0 ? 0 : null;
    let total = 0;
    for (let k = 0; k < this.paths.length; k++) total += this.listed[k];
    return Number.isNaN(total) ? null : total;
  }
  /** Why file `k` (listing order) could not be hashed, or undefined when it was. */
  error(k) {
    return this.errors.get(k) ?? (this.sizes[k] < 0 ? new Error("internal: a file was never hashed") : void 0);
  }
  /** Length hashed of file `k`, -1 when it was not. */
  bytes(k) {
    return this.sizes[k];
  }
  /** Whether file `k` has the length and digest of seal entry `e`. */
  matches(k, entries, e) {
    return entries.holds(e, this.digests, 32 * k, this.sizes[k]);
  }
  digest(k) {
    return { sha256: hexOf(this.digests, 32 * k), bytes: this.sizes[k] };
  }
  hashed(index, digests, at, bytes) {
    if (index >= this.next || this.sizes[index] >= 0 || this.errors.has(index)) throw new Error(`internal: file ${index} reported twice or never sent`);
    for (let b = 0; b < 32; b++) this.digests[32 * index + b] = digests[at + b];
    this.sizes[index] = bytes;
    this.done(bytes);
  }
  failed(index, error) {
    this.errors.set(index, error);
    this.done(this.listedSize(index) ?? 0);
  }
  grow() {
    this.digests = doubled(this.digests, (n) => new Uint8Array(n));
    this.sizes = doubled(this.sizes, (n) => new Float64Array(n).fill(-1));
    if (this.listed !== null) this.listed = doubled(this.listed, (n) => new Float64Array(n));
  }
  start() {
    const k = this.next++;
    this.batch.add(this.pathOf(this.paths[k]), this.listedSize(k) ?? void 0);
  }
  done(bytes) {
    this.progress?.hashed(bytes);
    this.settled++;
    if (this.next < this.paths.length) this.start();
    else if (this.finished !== null && this.settled === this.paths.length) this.finished();
  }
};
function treeOf(files, order, results, refs) {
  const actual = /* @__PURE__ */ new Map();
  files.forEach((path, i) => {
    if (results.error(order[i]) === void 0) actual.set(path, results.digest(order[i]).sha256);
  });
  for (const [path, d] of refs) actual.set(path, d.sha256);
  return treeHash([...actual].map(([path, sha256]) => ({ path, sha256 })));
}
async function readSeal(target, source, sealFileName, findings, known) {
  const file = joinReportPath(target.dir, sealFileName);
  const abs = join9(target.abs, sealFileName);
  let parsed = null;
  let bytes;
  try {
    if (source.readPieces !== void 0) {
      const reader = new CanonicalSealReader(file, sealFileName, known);
      await source.readPieces(abs, SEAL_FILE_LIMIT, (piece) => reader.push(piece));
      parsed = reader.end();
    }
    if (parsed === null) bytes = await source.read(abs, SEAL_FILE_LIMIT);
  } catch (e) {
    findings.push(finding("seal", file, `seal file cannot be read: ${e.message}`));
    return null;
  }
  if (bytes !== void 0) parsed = source.readPieces === void 0 ? parseSeal(bytes, file, sealFileName, known) : parseWhole(bytes, file, sealFileName);
  findings.push(...parsed.findings);
  return parsed.seal;
}
async function mismatchFinding(target, { source, sealedBytes }, entry, digest, file) {
  const head = `${entry.path}: drifted from its seal: ${lengthDrift(entry, digest)}`;
  const { diagnosis, bytes } = await diagnoseFile(source, join9(target.abs, entry.path), entry, digest);
  const d = bytes === null ? diagnosis : await withHistory(diagnosis, bytes, entry, target.abs, sealedBytes);
  return finding("mismatch", file, `${head}; ${d.detail}`, { line: d.line, causes: d.causes, evidence: d.evidence });
}
function* presentPaths(files, problems) {
  yield* files;
  for (const p of problems) yield p.path;
}
function readFinding(e, file, path) {
  if (e instanceof ReadError) {
    return finding(e.reason === "unreadable" ? "unreadable" : "unsafe", file, `${path}: ${e.message}`);
  }
  throw e;
}
function collisionFindings(files, at) {
  return collisions(files.length, (i) => files[i]).map(([i, j]) => {
    const [path, other] = [files[i], files[j]];
    return finding("unsafe", at(path), `${path}: collides with ${other} under case folding or Unicode normalization`);
  });
}
function sortFindings(findings) {
  return [...findings].sort((a, b) => a.file === b.file ? a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0 : compareBytewise(a.file, b.file));
}

// src/core/verify.ts
async function verify(options = {}) {
  const cwd = resolve2(options.cwd ?? process.cwd());
  const sealFile = options.sealFile ?? DEFAULT_SEAL_FILE;
  const repoRoot = resolve2(options.repoRoot ?? findRepoRoot(cwd));
  const roots = (options.paths && options.paths.length > 0 ? options.paths : ["."]).map((p) => resolve2(cwd, p));
  const discovery = await discoverPackets(roots, sealFile);
  const findings = discoveryFindings(discovery.problems, repoRoot);
  return verifyPackets(discovery.packets, { ...options, repoRoot, sealFile }, findings);
}
async function verifyPackets(packetDirs, options, findings = []) {
  const sealFile = options.sealFile ?? DEFAULT_SEAL_FILE;
  const repoRoot = resolve2(options.repoRoot ?? findRepoRoot(options.cwd ?? process.cwd()));
  const source = options.source ?? new FsSource();
  const packets = [];
  const json = await prepareJsonCheck(repoRoot, options.config, options.repoFiles);
  const all = [...new Set(packetDirs)].map((abs) => ({ abs, dir: reportPath(repoRoot, abs) }));
  const inShard = options.shard ? shardFilter(all.map((p) => p.dir), options.shard, options.shardSizes) : null;
  const mine = inShard === null ? all : all.filter((p) => inShard(p.dir));
  const progress = options.onProgress ? new ProgressTracker(options.onProgress, mine.length) : void 0;
  const references = new References(source, repoRoot);
  try {
    for (const packet of mine) {
      const context = { source, sealFile, json, progress: progress?.packet(), references, sealedBytes: options.sealedBytes };
      packets.push(await verifyPacket(packet, context));
      progress?.packetDone();
    }
  } finally {
    await defaultHasher.release();
  }
  progress?.finish();
  const runFindings = [...findings];
  if (all.length === 0) {
    runFindings.push(finding("no-packets", ".", `no packet found: no directory holds a ${sealFile}`));
  }
  const shard = options.shard ? { k: options.shard.k, n: options.shard.n, total: all.length } : void 0;
  const report = { ok: reportOk(packets, runFindings, shard), seal: 1, packets, findings: runFindings };
  if (shard) report.shard = shard;
  return report;
}

// src/core/selftest.ts
var CONTROL = {
  "report.md": "# Rehearsal report \u2014 clone leg\n\nStatus: READY_NOT_APPLIED \u2014 no clone available.\nQuotes: \u201Cas delivered\u201D and \u2018single\u2019.\nCaf\xE9, na\xEFve.\n",
  "report.json": JSON.stringify({ title: "Rehearsal \u2014 clone leg", status: "READY_NOT_APPLIED", note: "na\xEFve caf\xE9 \u201Cquoted\u201D" }, null, 2) + "\n",
  "scripts/commands.sh": '#!/bin/sh\nset -eu\necho "OVERALL PASS"\n'
};
var CANONICAL = { path: "tools/validate.sh", text: '#!/bin/sh\n# Canonical validator \u2014 referenced, not duplicated.\necho "PASS"\n' };
var PACKET = "packet";
var edit = (file, change) => async (dir) => {
  const path = join10(dir, file);
  await writeFile2(path, change(await readFile2(path, "utf8")));
};
var ensureAscii = (text) => text.replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
async function readSeal2(dir) {
  const value = JSON.parse(await readFile2(join10(dir, DEFAULT_SEAL_FILE), "utf8"));
  return { ...value, files: SealEntries.of(value.files) };
}
var DRIFT_CLASSES = [
  {
    name: "sha mismatch",
    expected: { kind: "mismatch", file: `${PACKET}/scripts/commands.sh` },
    drift: edit("scripts/commands.sh", (t) => t.replace("OVERALL PASS", "OVERALL FAIL"))
  },
  {
    name: "byte-length mismatch",
    expected: { kind: "mismatch", file: `${PACKET}/report.md`, cause: "appended" },
    drift: edit("report.md", (t) => t + "late addition\n")
  },
  {
    name: "em dash / Unicode drift",
    expected: { kind: "mismatch", file: `${PACKET}/report.md`, cause: "unicode" },
    drift: edit("report.md", (t) => t.replace("\u2014", "-"))
  },
  {
    name: "ensure_ascii JSON re-encode",
    expected: { kind: "mismatch", file: `${PACKET}/report.json`, cause: "ensure-ascii" },
    drift: edit("report.json", ensureAscii)
  },
  {
    name: "BOM",
    expected: { kind: "mismatch", file: `${PACKET}/report.md`, cause: "bom" },
    drift: edit("report.md", (t) => "\uFEFF" + t)
  },
  {
    name: "CRLF",
    expected: { kind: "mismatch", file: `${PACKET}/scripts/commands.sh`, cause: "crlf" },
    drift: edit("scripts/commands.sh", (t) => t.replace(/\n/g, "\r\n"))
  },
  {
    name: "truncated file",
    expected: { kind: "mismatch", file: `${PACKET}/report.md`, cause: "truncated" },
    drift: edit("report.md", (t) => t.slice(0, t.indexOf("Quotes")))
  },
  {
    name: "missing file",
    expected: { kind: "missing", file: `${PACKET}/scripts/commands.sh` },
    drift: (dir) => unlink(join10(dir, "scripts/commands.sh"))
  },
  {
    name: "NFD normalization",
    expected: { kind: "mismatch", file: `${PACKET}/report.md`, cause: "unicode" },
    drift: edit("report.md", (t) => t.normalize("NFD"))
  },
  {
    name: "extra file",
    expected: { kind: "extra", file: `${PACKET}/notes.txt` },
    drift: (dir) => writeFile2(join10(dir, "notes.txt"), "added after sealing\n")
  },
  {
    // The link points at the very bytes that were sealed: only a gate that never follows links fails it.
    name: "symlink",
    expected: { kind: "unsafe", file: `${PACKET}/report.md` },
    drift: async (dir) => {
      const outside = join10(dirname3(dir), `${dir.split(/[/\\]/).pop()}.report.md`);
      await cp(join10(dir, "report.md"), outside);
      await unlink(join10(dir, "report.md"));
      await symlink(outside, join10(dir, "report.md"));
    }
  },
  {
    name: "non-canonical seal",
    expected: { kind: "seal", file: `${PACKET}/${DEFAULT_SEAL_FILE}` },
    drift: async (dir) => writeFile2(join10(dir, DEFAULT_SEAL_FILE), JSON.stringify(await readSeal2(dir)))
  },
  {
    // A file changed and its entry updated to match, but not the tree value.
    name: "tree tamper",
    expected: { kind: "tree", file: `${PACKET}/${DEFAULT_SEAL_FILE}` },
    drift: async (dir) => {
      const sealed = await readSeal2(dir);
      const changed = Buffer.from('#!/bin/sh\nset -eu\necho "OVERALL FAIL"\n');
      await writeFile2(join10(dir, "scripts/commands.sh"), changed);
      const sha256 = createHash4("sha256").update(changed).digest("hex");
      const files = [...sealed.files].map((f) => f.path === "scripts/commands.sh" ? { ...f, sha256, bytes: changed.length } : f);
      await writeFile2(join10(dir, DEFAULT_SEAL_FILE), canonicalSealText({ ...sealed, files: SealEntries.of(files) }));
    }
  },
  {
    // The canonical file a reference points at gets CRLF line endings: the packet itself is untouched.
    name: "broken reference",
    expected: { kind: "ref", file: CANONICAL.path, cause: "crlf" },
    drift: edit(`../${CANONICAL.path}`, (t) => t.replace(/\n/g, "\r\n"))
  }
];
async function selftest(options = {}) {
  const root = await mkdtemp(join10(options.tmpRoot ?? tmpdir(), "seal-gate-selftest-"));
  try {
    const control = join10(root, "control");
    const files = {
      ...Object.fromEntries(Object.entries(CONTROL).map(([path, text]) => [`${PACKET}/${path}`, text])),
      [CANONICAL.path]: CANONICAL.text
    };
    await writeRepo(control, files);
    await sealPacket(join10(control, PACKET), DEFAULT_SEAL_FILE, { repoRoot: control, references: /* @__PURE__ */ new Map([["scripts/validate.sh", CANONICAL.path]]) });
    const sealPath = `${PACKET}/${DEFAULT_SEAL_FILE}`;
    files[sealPath] = await readFile2(join10(control, sealPath));
    const controlReport = await verifyCopy(control);
    const controlPassed = controlReport.ok && allFindings(controlReport).length === 0;
    const classes = await Promise.all(DRIFT_CLASSES.map((drift, i) => runClass(join10(root, `drift-${i + 1}`), files, drift)));
    return { passed: controlPassed && classes.every(classPassed), controlPassed, classes };
  } finally {
    await rm2(root, { recursive: true, force: true });
  }
}
async function writeRepo(dir, files) {
  for (const folder of new Set(Object.keys(files).map((path) => dirname3(join10(dir, path))))) await mkdir(folder, { recursive: true });
  await Promise.all(Object.entries(files).map(([path, bytes]) => writeFile2(join10(dir, path), bytes)));
}
async function runClass(copy, files, drift) {
  const { kind, file, cause } = drift.expected;
  const result = {
    name: drift.name,
    expected: `${kind} of ${file}${cause ? `, cause ${cause}` : ""}`,
    failedClosed: false,
    named: false,
    causes: [],
    kinds: []
  };
  try {
    await writeRepo(copy, files);
    await drift.drift(join10(copy, PACKET));
    const report = await verifyCopy(copy);
    const findings = allFindings(report);
    result.failedClosed = !report.ok;
    result.kinds = [...new Set(findings.map((f) => f.kind))];
    result.causes = [...new Set(findings.flatMap((f) => f.causes))];
    result.named = findings.some((f) => f.kind === kind && f.file === file && (cause === void 0 || f.causes.includes(cause)));
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
  }
  return result;
}
function verifyCopy(repo) {
  return verify({ paths: [join10(repo, PACKET)], cwd: repo, repoRoot: repo });
}
function allFindings(report) {
  return [...report.findings, ...report.packets.flatMap((p) => p.findings)];
}
function classPassed(c) {
  return c.failedClosed && c.named && c.error === void 0;
}
function selftestSummary(result) {
  const ok = result.classes.filter(classPassed).length;
  return `selftest ${ok}/${result.classes.length} fail closed, control ${result.controlPassed ? "passes" : "FAILS"}`;
}
function selftestProblems(result) {
  const lines = [];
  if (!result.controlPassed) lines.push("control packet did not pass: the gate cannot be trusted to pass untouched bytes");
  for (const c of result.classes) {
    if (classPassed(c)) continue;
    const why = c.error !== void 0 ? `could not be checked: ${c.error}` : !c.failedClosed ? "drifted copy PASSED" : `failed, but without the expected ${c.expected} (found ${c.kinds.join(", ") || "nothing"}${c.causes.length ? `; causes ${c.causes.join(", ")}` : ""})`;
    lines.push(`${c.name}: ${why}`);
  }
  return lines.map((l) => l.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " "));
}

// src/git/verify-committed.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/core/append-only.ts
function resealFindings(packet, sealFileName, baseName) {
  const sealPath = joinReportPath(packet.dir, sealFileName);
  if (packet.head === null) {
    return [finding("reseal", sealPath, `packet ${packet.dir} existed at ${baseName} and its seal is deleted: sealed packets are append-only`)];
  }
  if (Buffer.from(packet.base).equals(Buffer.from(packet.head))) return [];
  const before = parseSeal(packet.base, sealPath, sealFileName).seal;
  const after = parseSeal(packet.head, sealPath, sealFileName).seal;
  if (before === null || after === null) {
    return [finding("reseal", sealPath, `the seal of packet ${packet.dir} was rewritten since ${baseName}: sealed packets are append-only`)];
  }
  const out = [];
  const old = new Map([...before.files].map((e) => [e.path, e]));
  const now = new Map([...after.files].map((e) => [e.path, e]));
  const at = (path) => joinReportPath(packet.dir, path);
  for (const [path, e] of old) {
    const n = now.get(path);
    if (n === void 0) out.push(finding("reseal", at(path), `${path}: sealed at ${baseName}, removed from the seal`));
    else if (n.sha256 !== e.sha256 || n.bytes !== e.bytes) {
      out.push(finding("reseal", at(path), `${path}: re-sealed with other bytes (${describe(e)} at ${baseName}, now ${describe(n)})`));
    } else if (n.ref !== e.ref) {
      out.push(finding("reseal", at(path), `${path}: re-sealed as ${origin(n)} (${origin(e)} at ${baseName})`));
    }
  }
  for (const [path, n] of now) {
    if (!old.has(path)) out.push(finding("reseal", at(path), `${path}: added to a packet sealed at ${baseName} (${describe(n)})`));
  }
  if (out.length === 0) {
    out.push(finding("reseal", sealPath, `the seal of packet ${packet.dir} was rewritten since ${baseName} (same entries): sealed packets are append-only`));
  }
  return out;
}
function origin(e) {
  return e.ref === void 0 ? "a file of the packet" : `a reference to ${e.ref}`;
}
function describe(e) {
  return `sha256 ${e.sha256.slice(0, 12)}, ${e.bytes} bytes`;
}

// src/git/git-command.ts
import { execFile, execFileSync, spawn } from "node:child_process";

// src/git/object-id.ts
var OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function isObjectId(value) {
  return typeof value === "string" && OBJECT_ID.test(value);
}

// src/git/git-command.ts
var GitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitError";
  }
};
var SAFE_CONFIG = [
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "core.untrackedCache=false",
  "-c",
  "protocol.ext.allow=never",
  "-c",
  "core.quotePath=false"
];
var MAX_OUTPUT = 1 << 30;
function env() {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", LC_ALL: "C" };
}
function runGit(cwd, args, options = {}) {
  return new Promise((resolve4, reject) => {
    const child = execFile(
      "git",
      [...SAFE_CONFIG, ...args],
      { cwd, encoding: "buffer", maxBuffer: MAX_OUTPUT, env: env() },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.toString("utf8").trim().split("\n").pop() || error.message;
          reject(new GitError(`git ${args[0]} failed: ${detail}`));
        } else resolve4(stdout);
      }
    );
    if (options.input !== void 0) {
      child.stdin?.on("error", () => {
      });
      child.stdin?.end(options.input);
    }
  });
}
function runGitSync(cwd, args, maxBytes) {
  try {
    return execFileSync("git", [...SAFE_CONFIG, ...args], { cwd, maxBuffer: maxBytes, env: env(), stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const stderr = e.stderr?.toString("utf8").trim().split("\n").pop();
    throw new GitError(`git ${args[0]} failed: ${stderr || e.message}`);
  }
}
async function tryGit(cwd, args, input) {
  try {
    return await runGit(cwd, args, { input });
  } catch (e) {
    if (e instanceof GitError || e.code === "ENOENT") return null;
    throw e;
  }
}
function spawnGit(cwd, args) {
  return spawn("git", [...SAFE_CONFIG, ...args], { cwd, env: env(), stdio: ["pipe", "pipe", "pipe"] });
}
function splitNul(out) {
  const records2 = [];
  let start = 0;
  for (; ; ) {
    const end = out.indexOf(0, start);
    if (end < 0) break;
    records2.push(out.subarray(start, end));
    start = end + 1;
  }
  if (start < out.length) records2.push(out.subarray(start));
  return records2;
}
function checkObjectId(id) {
  if (!isObjectId(id)) throw new GitError(`not a full object id: ${JSON.stringify(id)}`);
  return id;
}

// src/git/base-commit.ts
var BaseUnavailable = class extends Error {
  constructor(message) {
    super(message);
    this.name = "BaseUnavailable";
  }
};
var presentCommits = /* @__PURE__ */ new Set();
async function resolveCommit(repoRoot, ref) {
  if (presentCommits.has(`${repoRoot}\0${ref}`)) return ref;
  const out = await tryGit(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const id = out?.toString("utf8").trim() ?? "";
  if (!isObjectId(id)) return null;
  presentCommits.add(`${repoRoot}\0${id}`);
  return id;
}
async function readCommit(repoRoot, ref) {
  if (/[\n\r\0]/.test(ref)) return null;
  const out = await tryGit(repoRoot, ["cat-file", "--batch"], Buffer.from(`${ref}^{commit}
`, "utf8"));
  if (out === null) return null;
  const text = out.toString("latin1");
  const eol = text.indexOf("\n");
  const [id, type, size] = text.slice(0, eol < 0 ? text.length : eol).split(" ");
  if (eol < 0 || type !== "commit" || !isObjectId(id) || !/^\d+$/.test(size) || text.length !== eol + 1 + Number(size) + 1) return null;
  const object = text.slice(eol + 1, eol + 1 + Number(size));
  const end = object.indexOf("\n\n");
  const header = (end < 0 ? object : object.slice(0, end)).split("\n");
  if (!header[0].startsWith("tree ")) return null;
  const parents = [];
  for (let i = 1; i < header.length && header[i].startsWith("parent "); i++) {
    const parent = header[i].slice("parent ".length);
    if (!isObjectId(parent)) return null;
    parents.push(parent);
  }
  presentCommits.add(`${repoRoot}\0${id}`);
  return { id, parents };
}
function knownCommit(repoRoot, id) {
  if (isObjectId(id)) presentCommits.add(`${repoRoot}\0${id}`);
}
async function ensureBase(repoRoot, base) {
  const present = await resolveCommit(repoRoot, base);
  if (present !== null) return { commit: present, fetched: false };
  const fix = "Check out with history (actions/checkout with `fetch-depth: 0`), or fetch the base before the gate (`git fetch --no-tags --depth=1 origin <base sha>`); locally, pass a --base that exists in the clone.";
  if (!isObjectId(base)) {
    throw new BaseUnavailable(`the base ${JSON.stringify(base)} names no commit in this clone, so the change cannot be compared with its base. ${fix}`);
  }
  let reason = "";
  try {
    await runGit(repoRoot, ["fetch", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", "--depth=1", "origin", base]);
  } catch (e) {
    reason = e instanceof GitError ? ` (${e.message})` : ` (${String(e)})`;
  }
  const fetched = await resolveCommit(repoRoot, base);
  if (fetched !== null) return { commit: fetched, fetched: true };
  throw new BaseUnavailable(
    `the base commit ${base} is not in this clone and could not be fetched from origin${reason}, so the change cannot be compared with its base. ${fix}`
  );
}

// src/git/tree-listing.ts
import { isUtf8 as isUtf82 } from "node:buffer";
function entryKind(mode) {
  if (mode === "120000") return "symlink";
  if (mode === "160000") return "submodule";
  if (/^100[0-7]{3}$/.test(mode)) return "file";
  return "other";
}
var sorted = /* @__PURE__ */ new WeakMap();
function* entriesUnder(tree, prefix) {
  if (prefix === "") return yield* tree.entries.values();
  let paths = sorted.get(tree);
  if (paths === void 0) {
    paths = [...tree.entries.keys()].sort();
    sorted.set(tree, paths);
  }
  let lo = 0;
  let hi = paths.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (paths[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < paths.length && paths[i].startsWith(prefix); i++) yield tree.entries.get(paths[i]);
}
var recent = /* @__PURE__ */ new Map();
var KEPT = 2;
function listTree(repoRoot, commit, paths) {
  if (paths !== void 0) return readTree(repoRoot, commit, paths);
  const key = `${repoRoot}\0${commit}`;
  let listing = recent.get(key);
  if (listing === void 0) {
    listing = readTree(repoRoot, commit, []);
    listing.catch(() => recent.delete(key));
    recent.set(key, listing);
    for (const old of recent.keys()) if (recent.size > KEPT) recent.delete(old);
  }
  return listing;
}
async function readTree(repoRoot, commit, paths) {
  const pathspecs = paths.map((p) => `:(literal)${p}`);
  const out = await runGit(repoRoot, ["ls-tree", "-r", "-z", "-l", "--full-tree", checkObjectId(commit), "--", ...pathspecs]);
  const entries = /* @__PURE__ */ new Map();
  const undecodable = [];
  for (const { line, tab, name } of records(out)) {
    if (tab < 0) throw new GitError(`unexpected line from git ls-tree: ${JSON.stringify(line.slice(0, 200))}`);
    if (name === null) {
      undecodable.push(line.slice(tab + 1));
      continue;
    }
    if (entries.has(name)) throw new GitError(`the tree of commit ${commit.slice(0, 12)} lists ${JSON.stringify(name)} twice (a malformed tree that git fsck refuses)`);
    const typeAt = line.indexOf(" ") + 1;
    const oidAt = line.indexOf(" ", typeAt) + 1;
    const sizeAt = line.indexOf(" ", oidAt) + 1;
    if (typeAt === 0 || oidAt === 0 || sizeAt === 0 || sizeAt > tab) throw new GitError(`unexpected line from git ls-tree: ${JSON.stringify(line.slice(0, 200))}`);
    const mode = line.slice(0, typeAt - 1);
    const size = line.slice(sizeAt, tab).trim();
    entries.set(name, { path: name, mode, kind: entryKind(mode), oid: line.slice(oidAt, sizeAt - 1), size: size === "-" ? -1 : Number(size) });
  }
  return { entries, undecodable };
}
function* records(out) {
  if (isUtf82(out)) {
    const lines = out.toString("utf8").split("\0");
    if (lines[lines.length - 1] === "") lines.pop();
    for (const line of lines) {
      const tab = line.indexOf("	");
      yield { line, tab, name: line.slice(tab + 1) };
    }
    return;
  }
  for (const record of splitNul(out)) {
    const tab = record.indexOf(9);
    yield { line: record.toString("utf8"), tab, name: decodeName(record.subarray(tab + 1)) };
  }
}

// src/git/committed-path.ts
function lookUpCommitted(tree, path) {
  for (let end = path.indexOf("/"); end >= 0; end = path.indexOf("/", end + 1)) {
    const step = path.slice(0, end);
    const entry2 = tree.entries.get(step);
    if (entry2 !== void 0) return { at: "below", step, entry: entry2 };
  }
  const entry = tree.entries.get(path);
  if (entry !== void 0) return { at: "entry", entry };
  return entriesUnder(tree, `${path}/`).next().done === true ? { at: "absent" } : { at: "folder" };
}
function committedFileProblem(tree, path, commit) {
  const found = lookUpCommitted(tree, path);
  switch (found.at) {
    case "entry": {
      const { entry } = found;
      if (entry.kind === "file") return null;
      if (entry.kind === "symlink") return `is committed as a symbolic link (mode 120000; links are never followed)`;
      if (entry.kind === "submodule") return "is committed as a submodule (mode 160000), not a regular file";
      return `is committed with mode ${entry.mode}, not as a regular file`;
    }
    case "below":
      if (found.entry.kind === "symlink") return `lies under ${found.step}, committed as a symbolic link (links are never followed)`;
      return `does not exist in commit ${commit} (${found.step} is not a folder)`;
    case "folder":
      return "is a directory, not a regular file";
    case "absent":
      return `does not exist in commit ${commit}`;
  }
}

// src/git/worktree-cause.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join11 } from "node:path";
var CHECKOUT_ATTRIBUTES = ["text", "eol", "filter", "working-tree-encoding"];
async function checkoutAttributes(repoRoot, paths) {
  const result = new Map(paths.map((p) => [p, {}]));
  if (paths.length === 0) return result;
  const input = Buffer.from(paths.map((p) => `${p}\0`).join(""), "utf8");
  const out = await runGit(repoRoot, ["check-attr", "-z", "--stdin", ...CHECKOUT_ATTRIBUTES], { input });
  const fields = splitNul(out).map((b) => b.toString("utf8"));
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const [path, name, value] = [fields[i], fields[i + 1], fields[i + 2]];
    if (value !== "unspecified") (result.get(path) ?? {})[name] = value;
  }
  return result;
}
async function autocrlf(repoRoot) {
  const out = await tryGit(repoRoot, ["config", "--get", "core.autocrlf"]);
  return out === null ? null : out.toString("utf8").trim();
}
var lfToCrlf = (b) => Buffer.from(b.toString("latin1").replace(/\r?\n/g, "\r\n"), "latin1");
var crlfToLf2 = (b) => Buffer.from(b.toString("latin1").replace(/\r\n/g, "\n"), "latin1");
async function describeWorktreeDifference(repoRoot, path, committed, attrs, autocrlfValue) {
  let worktree = null;
  if (committed !== null) {
    try {
      worktree = await readFile3(join11(repoRoot, path));
    } catch {
      worktree = null;
    }
  }
  const setting = attrs.eol !== void 0 ? `eol=${attrs.eol} in .gitattributes` : autocrlfValue !== null && autocrlfValue !== "false" ? `core.autocrlf=${autocrlfValue}` : attrs.text !== void 0 ? `text=${attrs.text} in .gitattributes` : "a checkout setting";
  if (committed !== null && worktree !== null) {
    if (!committed.equals(worktree) && lfToCrlf(committed).equals(worktree)) {
      return `eol conversion on checkout (LF in the commit, CRLF in the working tree: ${setting})`;
    }
    if (!committed.equals(worktree) && crlfToLf2(committed).equals(worktree)) {
      return `eol conversion (CRLF in the commit, LF in the working tree: ${setting})`;
    }
  }
  if (attrs.filter !== void 0 && attrs.filter !== "unset") {
    return `filter "${attrs.filter}" from .gitattributes (the working tree holds what its smudge step wrote; seal-gate never runs filters)`;
  }
  if (attrs["working-tree-encoding"] !== void 0) {
    return `working-tree-encoding=${attrs["working-tree-encoding"]} from .gitattributes (re-encoded on checkout)`;
  }
  if (attrs.eol !== void 0 || autocrlfValue !== null && autocrlfValue !== "false") {
    return `local edit, or eol conversion (${setting}) together with other changes`;
  }
  return "local edit (the file was changed after checkout; no checkout conversion applies to it)";
}

// src/git/commit-files.ts
var CommitFiles = class _CommitFiles {
  /** `tree` is the whole listing of `commit` (a full object id) in the repository at `repoRoot`. */
  constructor(repoRoot, commit, tree) {
    this.repoRoot = repoRoot;
    this.tree = tree;
    checkObjectId(commit);
    this.where = `commit ${commit.slice(0, 12)}`;
  }
  repoRoot;
  tree;
  where;
  /** Every path read: its committed bytes, or null when the commit does not hold it. */
  bytes = /* @__PURE__ */ new Map();
  /** The files of `commit` (a full object id), from its whole tree listing (kept by listTree for the run). */
  static async open(repoRoot, commit) {
    return new _CommitFiles(repoRoot, commit, await listTree(repoRoot, commit));
  }
  read(path, limit = MAX_REPO_FILE_BYTES) {
    checkRepoPath(path);
    const found = lookUpCommitted(this.tree, path);
    if (found.at === "below") {
      const { step, entry: entry2 } = found;
      if (entry2.kind === "symlink") throw new RepoFileError(`${step} is committed as a symbolic link (mode 120000); schemas and configuration must be regular files`);
      if (entry2.kind === "submodule") throw new RepoFileError(`${step} is committed as a submodule (mode 160000); schemas and configuration must be regular files`);
      return null;
    }
    if (found.at === "folder") throw new RepoFileError(`${path} is not a regular file`);
    if (found.at === "absent") {
      this.bytes.set(path, null);
      return null;
    }
    const { entry } = found;
    if (entry.kind === "symlink") throw new RepoFileError(`${path} is committed as a symbolic link (mode 120000); schemas and configuration must be regular files`);
    if (entry.kind !== "file") throw new RepoFileError(`${path} is not a regular file (committed with mode ${entry.mode})`);
    if (entry.size > limit) throw new RepoFileError(tooLarge(path, limit));
    const known = this.bytes.get(path);
    if (known != null) return known;
    let bytes;
    try {
      bytes = new Uint8Array(runGitSync(this.repoRoot, ["cat-file", "blob", checkObjectId(entry.oid)], entry.size + 1));
    } catch (e) {
      throw new RepoFileError(`${path} cannot be read${inWhere(this)}: ${e.message}`);
    }
    if (bytes.length !== entry.size) throw new RepoFileError(`${path} cannot be read${inWhere(this)}: git returned ${bytes.length} bytes, the tree lists ${entry.size}`);
    this.bytes.set(path, bytes);
    return bytes;
  }
  /**
   * For the commit that is checked out: a warning for each file read (or looked for) whose
   * working-tree copy differs from the commit, naming the cause git knows. The verdict used the
   * committed file; the warning says why an edit on disk changed nothing.
   */
  async worktreeWarnings() {
    const differing = [];
    for (const [path, committed] of [...this.bytes].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      let disk;
      try {
        disk = readRepoFile(this.repoRoot, path, Math.max(committed?.length ?? 0, MAX_REPO_FILE_BYTES));
      } catch {
        disk = "unsafe";
      }
      if (committed === null ? disk !== null : disk === "unsafe" || disk === null || !Buffer.from(disk).equals(committed)) {
        differing.push({ path, committed, disk });
      }
    }
    if (differing.length === 0) return [];
    const attributes = await checkoutAttributes(this.repoRoot, differing.map((d) => d.path));
    const crlf = await autocrlf(this.repoRoot);
    const out = [];
    for (const { path, committed, disk } of differing) {
      if (committed === null) {
        out.push({ file: path, message: `${path}: on disk but not in ${this.where}, so the JSON checks ran without it (commit it, or verify the disk with source worktree)` });
        continue;
      }
      const cause = disk === null ? "absent from the working tree" : disk === "unsafe" ? "not readable in the working tree as a regular file (a link, a folder, or too large)" : await describeWorktreeDifference(this.repoRoot, path, Buffer.from(committed), attributes.get(path) ?? {}, crlf);
      out.push({ file: path, message: `${path}: the working tree differs from ${this.where}: ${cause}; the JSON checks use the committed file` });
    }
    return out;
  }
};

// src/git/committed-packets.ts
function committedPackets(tree, roots, sealFile) {
  const packets = /* @__PURE__ */ new Set();
  const problems = [];
  const suffix = `/${sealFile}`;
  for (const root of new Set(roots)) {
    for (const entry of tree.entries.values()) {
      const inside = root === "" || entry.path === root || entry.path.startsWith(`${root}/`);
      if (!inside || !(entry.path === sealFile || entry.path.endsWith(suffix))) continue;
      const dir = entry.path === sealFile ? "." : entry.path.slice(0, -suffix.length);
      if (entry.kind === "file") packets.add(dir);
      else problems.push({ path: entry.path, message: `seal file is committed as a ${entry.kind}, not a regular file` });
    }
    const bad = /* @__PURE__ */ new Set();
    for (const name of tree.undecodable) {
      if (root !== "" && !name.startsWith(`${root}/`)) continue;
      const segments = name.split("/");
      const first = segments.findIndex((s) => s.includes("\uFFFD"));
      bad.add(first < 0 ? name : segments.slice(0, first + 1).join("/"));
    }
    for (const path of bad) problems.push({ path, message: "name is not valid UTF-8: not searched for packets" });
  }
  return { packets: [...packets].sort(), problems };
}

// src/git/git-source.ts
import { createHash as createHash5 } from "node:crypto";
import { isAbsolute, join as join12, relative as relative2, sep as sep3 } from "node:path";

// src/core/lfs-pointer.ts
var LFS_POINTER_MAX = 1024;
var VERSIONS = /* @__PURE__ */ new Set(["https://git-lfs.github.com/spec/v1", "https://hawser.github.com/spec/v1"]);
function parseLfsPointer(bytes) {
  if (bytes.length === 0 || bytes.length >= LFS_POINTER_MAX || bytes[bytes.length - 1] !== 10) return null;
  const text = Buffer.from(bytes).toString("latin1");
  const lines = text.slice(0, -1).split("\n");
  if (lines.length !== 3) return null;
  const pairs = lines.map((line) => {
    const space = line.indexOf(" ");
    return space < 0 ? ["", ""] : [line.slice(0, space), line.slice(space + 1)];
  });
  const [[k0, version], [k1, oid], [k2, size]] = pairs;
  if (k0 !== "version" || k1 !== "oid" || k2 !== "size" || !VERSIONS.has(version)) return null;
  const hex = /^sha256:([0-9a-f]{64})$/.exec(oid);
  if (hex === null || !/^(0|[1-9][0-9]{0,15})$/.test(size)) return null;
  const bytesOf = Number(size);
  if (!Number.isSafeInteger(bytesOf)) return null;
  return { sha256: hex[1], bytes: bytesOf };
}

// src/git/blob-reader.ts
var BlobReader = class {
  constructor(repoRoot) {
    this.repoRoot = repoRoot;
  }
  repoRoot;
  child = null;
  queue = [];
  header = [];
  /** Bytes of the current blob still to come; -1 while a header is awaited; 0 when only the closing LF is. */
  remaining = -1;
  size = 0;
  failure = null;
  stderr = "";
  /** Request lines not yet written to git. */
  asking = [];
  /** Streams the blob `oid` into `consume` (with the blob's whole size); resolves to its size. Rejects when it is not a blob. */
  stream(oid, consume) {
    checkObjectId(oid);
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve4, reject) => {
      this.queue.push({ oid, consume, resolve: resolve4, reject });
      this.ask(oid);
    });
  }
  /**
   * Requests made in one turn of the event loop go to git in one write: a caller that reads
   * many small blobs at once (1,000 seals) otherwise pays a write to the pipe for each.
   */
  ask(oid) {
    const child = this.process();
    if (this.asking.length === 0) {
      setImmediate(() => {
        if (this.child === child && this.asking.length > 0) child.stdin.write(this.asking.join(""));
        this.asking = [];
      });
    }
    this.asking.push(`${oid}
`);
  }
  /** Reads a whole blob, refusing one larger than `limit` bytes; its bytes are copied once, into a buffer of its size. */
  async read(oid, limit) {
    let bytes = null;
    let total = 0;
    await this.stream(oid, (chunk, size) => {
      if (size <= limit) chunk.copy(bytes ??= Buffer.allocUnsafe(size), total);
      total += chunk.length;
    });
    if (total > limit) throw new GitError(`blob ${oid} is larger than ${limit} bytes`);
    return bytes ?? Buffer.alloc(0);
  }
  close() {
    this.child?.stdin.end(this.asking.join(""));
    this.asking = [];
    this.child = null;
  }
  process() {
    if (this.child !== null) return this.child;
    const child = spawnGit(this.repoRoot, ["cat-file", "--batch"]);
    child.stdout.on("data", (data) => this.onData(data));
    child.stderr.on("data", (data) => {
      this.stderr = (this.stderr + data.toString("utf8")).slice(-2e3);
    });
    child.on("error", (e) => this.fail(new GitError(`git cat-file could not be started: ${e.message}`)));
    child.on("close", (code) => {
      if (this.queue.length > 0) this.fail(new GitError(`git cat-file ended (${code}) early: ${this.stderr.trim() || "no message"}`));
    });
    child.stdin.on("error", (e) => this.fail(new GitError(`git cat-file: ${e.message}`)));
    this.child = child;
    return child;
  }
  fail(e) {
    this.failure = e;
    for (const r of this.queue.splice(0)) r.reject(e);
  }
  onData(data) {
    let at = 0;
    while (at < data.length) {
      const current = this.queue[0];
      if (current === void 0) return this.fail(new GitError("git cat-file answered a question nobody asked"));
      if (this.remaining < 0) {
        const lf = data.indexOf(10, at);
        if (lf < 0) {
          this.header.push(data.subarray(at));
          return;
        }
        this.header.push(data.subarray(at, lf));
        at = lf + 1;
        const line = Buffer.concat(this.header).toString("utf8");
        this.header = [];
        const parts = line.split(" ");
        if (parts.length === 2 && parts[1] === "missing") {
          this.queue.shift();
          current.reject(new GitError(`object ${current.oid} is missing from the repository`));
          continue;
        }
        if (parts.length !== 3 || parts[0] !== current.oid || !/^\d+$/.test(parts[2])) {
          return this.fail(new GitError(`unexpected answer from git cat-file: ${JSON.stringify(line.slice(0, 200))}`));
        }
        if (parts[1] !== "blob") {
          this.queue.shift();
          current.reject(new GitError(`object ${current.oid} is a ${parts[1]}, not a blob`));
          this.queue.unshift({ ...current, consume: () => {
          }, resolve: () => {
          }, reject: () => {
          } });
        }
        this.size = Number(parts[2]);
        this.remaining = this.size + 1;
        continue;
      }
      const take = Math.min(this.remaining, data.length - at);
      const content = Math.min(take, this.remaining - 1);
      if (content > 0) {
        try {
          current.consume(data.subarray(at, at + content), this.size);
        } catch (e) {
          return this.fail(e);
        }
      }
      at += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.remaining = -1;
        this.queue.shift();
        current.resolve(this.size);
      }
    }
  }
};

// src/git/git-source.ts
var PLAIN2 = /^(\/(?!\.\.?(\/|$))[^/]+)+$/;
var CAUSE_LIMIT = 64 << 20;
var GitSource = class _GitSource {
  constructor(options, tree) {
    this.options = options;
    this.tree = tree;
    this.blobs = new BlobReader(options.repoRoot);
    this.top = options.repoRoot.endsWith(sep3) ? options.repoRoot : options.repoRoot + sep3;
    this.hashOptions = { second: { algorithm: options.objectFormat, label: "blob" }, keep: { below: LFS_POINTER_MAX, prefix: "version " } };
  }
  options;
  tree;
  /** The run's one `git cat-file --batch` process (the append-only rule reads its seals through it too). */
  blobs;
  /** Working-tree files are hashed with their blob id, and kept when they may be an LFS pointer. */
  hashOptions;
  /** The top of the working tree, ending with a separator. */
  top;
  differing = /* @__PURE__ */ new Map();
  lfs = /* @__PURE__ */ new Map();
  /** How many digests came from the working tree and how many from blobs (docs/performance.md). */
  stats = { worktree: 0, blobs: 0 };
  static async open(options) {
    const tree = await listTree(options.repoRoot, options.commit);
    return new _GitSource({ useWorktree: true, warnWorktree: true, hasher: defaultHasher, ...options }, tree);
  }
  get commit() {
    return this.options.commit;
  }
  close() {
    this.blobs.close();
  }
  /** Repository-relative '/'-separated path of an absolute path, or null when outside the repository. */
  relativePath(absPath) {
    if (sep3 === "/" && absPath.startsWith(this.top) && PLAIN2.test(absPath.slice(this.top.length - 1))) return absPath.slice(this.top.length);
    const rel = relative2(this.options.repoRoot, absPath);
    if (rel.startsWith("..") || isAbsolute(rel)) return null;
    return sep3 === "/" ? rel : rel.split(sep3).join("/");
  }
  /** Packet directories (absolute) at or under `roots` in the commit: directories whose seal file is committed. */
  discover(roots, sealFileName) {
    const problems = [];
    const rels = [];
    for (const root of roots) {
      const rel = this.relativePath(root);
      if (rel === null) problems.push({ path: root, message: "search path is outside the git repository: nothing there is committed" });
      else rels.push(rel);
    }
    const found = committedPackets(this.tree, rels, sealFileName);
    const abs = (rel) => rel === "." ? this.options.repoRoot : join12(this.options.repoRoot, rel);
    for (const p of found.problems) problems.push({ path: abs(p.path), message: p.message });
    return { packets: found.packets.map(abs).sort(), problems };
  }
  async list(packetDir, sealFileName, onFile) {
    const listing = { files: [], problems: [] };
    const rel = this.relativePath(packetDir);
    if (rel === null) {
      listing.problems.push({ path: ".", kind: "unreadable", message: "packet is outside the git repository" });
      return listing;
    }
    const prefix = rel === "" ? "" : `${rel}/`;
    for (const name of this.tree.undecodable) {
      if (name.startsWith(prefix)) listing.problems.push({ path: name.slice(prefix.length), kind: "unsafe", message: "file name is not valid UTF-8" });
    }
    for (const entry of entriesUnder(this.tree, prefix)) {
      const path = entry.path.slice(prefix.length);
      const problem = pathProblem(path);
      if (problem !== null) {
        listing.problems.push({ path, kind: "unsafe", message: `unsafe name: ${problem}` });
      } else if (entry.kind === "symlink") {
        listing.problems.push({ path, kind: "unsafe", message: "symbolic link (committed with mode 120000): packets hold regular files only" });
      } else if (entry.kind === "submodule") {
        listing.problems.push({ path, kind: "unsafe", message: "submodule (committed with mode 160000): packets hold regular files only" });
      } else if (entry.kind === "other") {
        listing.problems.push({ path, kind: "unsafe", message: `committed with mode ${entry.mode}: packets hold regular files only` });
      } else if (path !== sealFileName) {
        const file = { path, size: entry.size };
        listing.files.push(file);
        onFile?.(file);
      }
    }
    return listing;
  }
  async read(absPath, limit) {
    const entry = this.readableEntry(absPath, limit);
    try {
      return await this.blobs.read(entry.oid, limit);
    } catch (e) {
      throw new ReadError(`cannot be read from commit ${this.commit.slice(0, 12)}: ${e.message}`, "unreadable");
    }
  }
  /** The same bytes as `read`, a piece at a time as git sends them (a large seal is never whole in memory). */
  async readPieces(absPath, limit, onPiece) {
    const entry = this.readableEntry(absPath, limit);
    let wanted = true;
    let thrown = null;
    try {
      await this.blobs.stream(entry.oid, (chunk) => {
        if (!wanted) return;
        try {
          wanted = onPiece(chunk);
        } catch (error) {
          thrown = { error };
          wanted = false;
        }
      });
    } catch (e) {
      throw new ReadError(`cannot be read from commit ${this.commit.slice(0, 12)}: ${e.message}`, "unreadable");
    }
    if (thrown !== null) throw thrown.error;
  }
  /** The entry of a file that `read` may return, or the ReadError saying why not. */
  readableEntry(absPath, limit) {
    const { path, entry } = this.fileEntry(absPath);
    const pointer = this.lfs.get(path);
    if (pointer !== void 0) {
      throw new ReadError(
        `committed as a Git LFS pointer (oid sha256:${pointer.sha256}, size ${pointer.bytes}); its content is not downloaded`,
        "unreadable"
      );
    }
    if (entry.size > limit) throw new ReadError(`larger than ${limit} bytes`, "too-large");
    return entry;
  }
  digest(absPath) {
    return digestOne((sink) => this.digestBatch(sink), absPath);
  }
  /**
   * Many files, each result by index: the working-tree files go to the hasher in one batch, with
   * their blob ids; a file whose id is not the committed one, or that could not be hashed there, is
   * read from its blob.
   */
  digestBatch(sink) {
    const counter = new BatchCounter(sink);
    const indexOf = [];
    const entryOf = [];
    const width = secondLength(this.hashOptions);
    const fromBlob = (index, path, entry) => this.blobDigest(path, entry).then(
      (d) => counter.hashed(index, Buffer.from(d.sha256, "hex"), 0, d.bytes),
      (e) => counter.failed(index, e instanceof Error ? e : new Error(String(e)))
    );
    const onWorktree = {
      hashed: (i, digests, at, bytes, extras) => {
        const entry = entryOf[i];
        if (extras?.second != null && sameDigest(entry.oid, extras.second, extras.secondAt, width)) {
          this.stats.worktree++;
          const pointer = extras.kept === null ? null : parseLfsPointer(extras.kept);
          if (pointer === null) return counter.hashed(indexOf[i], digests, at, bytes);
          this.lfs.set(entry.path, pointer);
          return counter.hashed(indexOf[i], Buffer.from(pointer.sha256, "hex"), 0, pointer.bytes);
        }
        const small = extras?.kept == null ? null : Buffer.from(extras.kept);
        this.differing.set(entry.path, { entry, state: { kind: "file", sha256: hexOf(digests, at), bytes, small } });
        void fromBlob(indexOf[i], entry.path, entry);
      },
      failed: (i, error) => {
        const entry = entryOf[i];
        this.differing.set(entry.path, { entry, state: worktreeFailure(error) });
        void fromBlob(indexOf[i], entry.path, entry);
      }
    };
    const hasher = this.options.hasher;
    const worktree = this.options.useWorktree && hasher.batch !== void 0 ? hasher.batch(onWorktree, this.hashOptions) : null;
    return {
      add: (absPath) => {
        const index = counter.added++;
        let file;
        try {
          file = this.fileEntry(absPath);
        } catch (e) {
          queueMicrotask(() => counter.failed(index, e));
          return;
        }
        if (worktree === null) return void fromBlob(index, file.path, file.entry);
        indexOf.push(index);
        entryOf.push(file.entry);
        worktree.add(sep3 === "/" ? this.top + file.path : join12(this.options.repoRoot, file.path), file.entry.size);
      },
      done: () => counter.done()
    };
  }
  /** The digest of a file's committed blob (the content it names, when it is a Git LFS pointer). */
  async blobDigest(path, entry) {
    this.stats.blobs++;
    const hash = createHash5("sha256");
    const small = [];
    let size;
    try {
      size = await this.blobs.stream(entry.oid, (chunk) => {
        hash.update(chunk);
        if (entry.size < LFS_POINTER_MAX) small.push(Buffer.from(chunk));
      });
    } catch (e) {
      throw new ReadError(`cannot be read from commit ${this.commit.slice(0, 12)}: ${e.message}`, "unreadable");
    }
    const pointer = size < LFS_POINTER_MAX ? parseLfsPointer(Buffer.concat(small)) : null;
    if (pointer !== null) {
      this.lfs.set(path, pointer);
      return pointer;
    }
    return { sha256: hash.digest("hex"), bytes: size };
  }
  async fileProblem(root, path) {
    const rel = this.relativePath(join12(root, path));
    if (rel === null) return "is outside the git repository";
    return committedFileProblem(this.tree, rel, this.commit.slice(0, 12));
  }
  /** Paths (repository-relative) verified through their Git LFS pointer. */
  lfsPaths() {
    return [...this.lfs.keys()].sort();
  }
  /**
   * One warning per sealed file whose working-tree bytes are not the committed ones, naming the
   * cause git knows. Empty unless the commit is the one checked out.
   */
  async worktreeWarnings() {
    if (!this.options.warnWorktree || this.differing.size === 0) return [];
    const paths = [...this.differing.keys()].sort();
    const attributes = await checkoutAttributes(this.options.repoRoot, paths);
    const crlf = await autocrlf(this.options.repoRoot);
    const at = `commit ${this.commit.slice(0, 12)}`;
    const warnings = [];
    for (const path of paths) {
      const { entry, state } = this.differing.get(path);
      const pointer = this.lfs.get(path);
      let cause;
      if (state.kind === "absent") cause = "absent from the working tree (deleted or not checked out)";
      else if (state.kind === "not-regular") cause = "not a regular file in the working tree";
      else if (state.kind === "unstable") cause = `the working-tree file could not be read (${state.reason})`;
      else if (pointer !== void 0) {
        if (state.sha256 === pointer.sha256 && state.bytes === pointer.bytes) continue;
        cause = "Git LFS: the working tree holds other bytes than the object its committed pointer names";
      } else {
        const committed = entry.size <= CAUSE_LIMIT ? await this.blobs.read(entry.oid, CAUSE_LIMIT).catch(() => null) : null;
        cause = await describeWorktreeDifference(this.options.repoRoot, path, committed, attributes.get(path) ?? {}, crlf);
      }
      warnings.push({ file: path, message: `${path}: the working tree differs from ${at}: ${cause}; the verdict is on the committed bytes` });
    }
    return warnings;
  }
  fileEntry(absPath) {
    const path = this.relativePath(absPath);
    const entry = path === null ? void 0 : this.tree.entries.get(path);
    if (path === null || entry === void 0) throw new ReadError(`not in commit ${this.commit.slice(0, 12)}`, "unreadable");
    if (entry.kind !== "file") throw new ReadError(`committed as a ${entry.kind}, not a regular file`, "not-regular");
    return { path, entry };
  }
};
function worktreeFailure(error) {
  if (!(error instanceof ReadError)) return { kind: "unstable", reason: error.message };
  if (error.code === "ENOENT" || error.code === "ENOTDIR") return { kind: "absent" };
  if (error.reason === "not-regular" || error.code === "ELOOP") return { kind: "not-regular" };
  return { kind: "unstable", reason: error.message };
}

// src/git/lfs-since-base.ts
var under = (path, dir) => dir === "." || path.startsWith(`${dir}/`);
async function lfsSinceBase(ctx) {
  const holder = (path) => [...ctx.basePackets].filter((dir) => under(path, dir)).sort((a, b) => b.length - a.length)[0] ?? null;
  const judged = ctx.pointers.filter((path) => holder(path) !== null || !ctx.headPackets.some((dir) => under(path, dir)));
  if (judged.length === 0) return [];
  const base = await ctx.baseEntries(judged);
  const out = [];
  for (const path of judged) {
    const was = base.get(path);
    if (was === void 0 || was.kind !== "file") continue;
    if (was.size < LFS_POINTER_MAX && parseLfsPointer(await ctx.blobs.read(was.oid, LFS_POINTER_MAX)) !== null) continue;
    const dir = holder(path);
    const name = dir === null || dir === "." ? path : path.slice(dir.length + 1);
    const message = `${name}: committed as a Git LFS pointer, at ${ctx.baseName} as its content: the commit no longer holds the sealed bytes, only their sha256`;
    out.push({ dir, finding: finding("reseal", path, message) });
  }
  return out;
}

// src/git/repository.ts
var NOT_A_REPOSITORY = /: not a git repository\b/;
async function repositoryAt(cwd, ref) {
  let all = null;
  try {
    all = await runGit(cwd, ["rev-parse", "--show-toplevel", "--show-object-format", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  } catch (e) {
    if (e.code === "ENOENT" || e instanceof GitError && NOT_A_REPOSITORY.test(e.message)) return null;
    if (!(e instanceof GitError)) throw e;
  }
  const lines = fromEnd(all, 2);
  if (lines !== null && lines[0] !== "" && isObjectId(lines[2])) {
    knownCommit(lines[0], lines[2]);
    return { top: lines[0], objectFormat: lines[1], commit: lines[2] };
  }
  const parts = fromEnd(await tryGit(cwd, ["rev-parse", "--show-toplevel", "--show-object-format"]), 1);
  let top;
  let objectFormat = "sha1";
  if (parts !== null && parts[0] !== "") [top, objectFormat] = parts;
  else {
    const alone = await tryGit(cwd, ["rev-parse", "--show-toplevel"]);
    if (alone === null) return null;
    top = alone.toString("utf8").replace(/\n$/, "");
  }
  return { top, objectFormat, commit: await resolveCommit(top, ref) };
}
function fromEnd(out, count2) {
  const text = out?.toString("utf8");
  if (text === void 0 || !text.endsWith("\n")) return null;
  const lines = text.slice(0, -1).split("\n");
  if (lines.length <= count2) return null;
  return [lines.slice(0, lines.length - count2).join("\n"), ...lines.slice(lines.length - count2)];
}

// src/git/sealed-history.ts
import { realpathSync } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative3, sep as sep4 } from "node:path";
var HISTORY_MAX_COMMITS = 200;
var HISTORY_MAX_BLOBS = 20;
var HISTORY_MAX_FILES = 100;
var HISTORY_MAX_BYTES = 256 << 20;
function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}
var SealedHistory = class {
  constructor(options) {
    this.options = options;
    checkObjectId(options.commit);
    this.blobs = new BlobReader(options.repoRoot);
  }
  options;
  blobs;
  files = 0;
  bytesRead = 0;
  baseCommit = null;
  close() {
    this.blobs.close();
  }
  /** The hook handed to the core. */
  lookup = (entry, packetDir) => this.search(entry, packetDir);
  async search(sealed, packetDir) {
    const packet = this.repositoryPath(packetDir);
    if (packet === null) return { bytes: null, searched: "history not searched: the packet is outside the git repository" };
    const inPacket = (name) => packet === "" ? name : `${packet}/${name}`;
    const path = inPacket(sealed.path);
    if (/[\n\r\0]/.test(path)) return { bytes: null, searched: "history not searched: the file name holds a line break" };
    if (++this.files > HISTORY_MAX_FILES) {
      return { bytes: null, searched: `history not searched: only the first ${HISTORY_MAX_FILES} drifted files of a run are` };
    }
    if (sealed.bytes > DIAGNOSIS_LIMIT) return { bytes: null, searched: `history not searched: the sealed bytes are over ${DIAGNOSIS_LIMIT} bytes` };
    const seen = /* @__PURE__ */ new Set();
    let read = 0;
    let overBudget = false;
    const found = async (candidates) => {
      const blobs = await this.blobsAt(candidates.map((c) => c.commit), path);
      for (const [i, candidate] of candidates.entries()) {
        const blob = blobs[i];
        if (blob === null || seen.has(blob.oid)) continue;
        seen.add(blob.oid);
        if (blob.size !== sealed.bytes) continue;
        if (read >= HISTORY_MAX_BLOBS) return null;
        if (this.bytesRead + blob.size > HISTORY_MAX_BYTES) {
          overBudget = true;
          return null;
        }
        this.bytesRead += blob.size;
        read++;
        const bytes = await this.blobs.read(blob.oid, DIAGNOSIS_LIMIT);
        if (restores([bytes], sealed)) return { bytes, where: candidate.where };
      }
      return null;
    };
    if (this.options.judged) {
      const [own] = await this.blobsAt([this.options.commit], path);
      if (own !== null) seen.add(own.oid);
    }
    const base = await this.base();
    const first = [];
    if (base !== null) first.push({ commit: base, where: `the base commit ${base.slice(0, 12)}` });
    const sealCommit = await this.lastChange(inPacket(this.options.sealFile), 1);
    if (sealCommit.length === 1) first.push({ commit: sealCommit[0], where: `commit ${sealCommit[0].slice(0, 12)}, where the seal was last changed` });
    const early = await found(first);
    if (early !== null) return early;
    if (overBudget) return this.budgetSpent(read);
    const walk2 = await this.lastChange(path, HISTORY_MAX_COMMITS);
    const result = await found(walk2.map((commit, i) => ({ commit, where: `commit ${commit.slice(0, 12)}, the ${ordinal(i + 1)} commit back that changed the file` })));
    if (result !== null) return result;
    if (overBudget) return this.budgetSpent(read);
    return { bytes: null, searched: await this.notFound(walk2.length, read) };
  }
  budgetSpent(read) {
    return { bytes: null, searched: `history searched: ${count(read, "blob")} of the sealed length, then stopped: the run's history budget of ${HISTORY_MAX_BYTES} bytes is spent` };
  }
  /** Why nothing was found, in words: the bounds reached, or a shallow history. */
  async notFound(commits, read) {
    const blobs = count(read, "blob");
    if (read >= HISTORY_MAX_BLOBS || commits >= HISTORY_MAX_COMMITS) {
      return `history searched: ${count(commits, "commit")}, ${blobs} of the sealed length, no copy of the sealed bytes (the search stops at ${HISTORY_MAX_COMMITS} commits and ${HISTORY_MAX_BLOBS} blobs)`;
    }
    const shallow = (await tryGit(this.options.repoRoot, ["rev-parse", "--is-shallow-repository"]))?.toString("utf8").trim() === "true";
    if (shallow) {
      const total = Number((await runGit(this.options.repoRoot, ["rev-list", "--count", this.options.commit])).toString("utf8").trim());
      return `shallow clone: history holds ${count(total, "commit")}, no copy of the sealed bytes in it (fetch more history, e.g. fetch-depth: 0, to have the drift shown line by line)`;
    }
    return `history searched: all ${count(commits, "commit")} changing the file, ${blobs} of the sealed length, no copy of the sealed bytes`;
  }
  /** The base commit, resolved (and fetched into a shallow clone) once; null without a base or when it cannot be had. */
  base() {
    if (this.options.base === void 0) return Promise.resolve(null);
    this.baseCommit ??= ensureBase(this.options.repoRoot, this.options.base).then(
      (b) => b.commit,
      (e) => {
        if (e instanceof BaseUnavailable) return null;
        throw e;
      }
    );
    return this.baseCommit;
  }
  /** Up to `max` commits, newest first, from the commit judged, that changed `path`. */
  async lastChange(path, max) {
    const out = await runGit(this.options.repoRoot, ["rev-list", `--max-count=${max}`, this.options.commit, "--", `:(literal)${path}`]);
    return out.toString("utf8").split("\n").filter((line) => line !== "").map(checkObjectId);
  }
  /** The blob at `path` in each commit (id and size), or null where there is none. One git process. */
  async blobsAt(commits, path) {
    if (commits.length === 0) return [];
    const input = Buffer.from(commits.map((c) => `${checkObjectId(c)}:${path}
`).join(""), "utf8");
    const lines = (await runGit(this.options.repoRoot, ["cat-file", "--batch-check"], { input })).toString("utf8").split("\n");
    return commits.map((_, i) => {
      const [oid, type, size] = (lines[i] ?? "").split(" ");
      return type === "blob" && /^\d+$/.test(size) ? { oid: checkObjectId(oid), size: Number(size) } : null;
    });
  }
  /** The packet directory relative to the repository ('/'-separated, '' for its top), or null when outside it. */
  repositoryPath(packetDir) {
    let dir;
    try {
      dir = realpathSync(packetDir);
    } catch {
      dir = packetDir;
    }
    const rel = relative3(this.options.repoRoot, dir);
    if (rel.startsWith("..") || isAbsolute2(rel)) return null;
    return sep4 === "/" ? rel : rel.split(sep4).join("/");
  }
};

// src/git/verify-committed.ts
var SOURCE_MODES = ["auto", "git", "worktree"];
async function verifyWithSource(options = {}) {
  const mode = options.source ?? "auto";
  if (!SOURCE_MODES.includes(mode)) throw new UsageError(`source must be auto, git or worktree, not ${JSON.stringify(mode)}`);
  const cwd = resolve3(options.cwd ?? process.cwd());
  const ref = options.ref ?? "HEAD";
  const repository = mode !== "worktree" && options.repository !== void 0 ? options.repository : await repositoryAt(cwd, mode === "worktree" ? "HEAD" : ref);
  if (mode === "worktree") return worktreeOnly(options, cwd, "worktree", repository);
  if (repository === null) {
    if (mode === "git") throw new UsageError(`source git: ${cwd} is not inside a git repository (or git is not installed)`);
    return worktreeOnly(options, cwd, "auto", null);
  }
  const { top: repoRoot, objectFormat, commit } = repository;
  if (commit === null) throw new UsageError(`ref ${JSON.stringify(ref)} names no commit in ${repoRoot}`);
  const head = ref === "HEAD" ? commit : await resolveCommit(repoRoot, "HEAD");
  const format = objectFormat;
  if (format !== "sha1" && format !== "sha256") throw new UsageError(`unknown git object format ${JSON.stringify(format)}`);
  const sealFile = options.sealFile ?? DEFAULT_SEAL_FILE;
  const source = await GitSource.open({ repoRoot, commit, objectFormat: format, warnWorktree: commit === head });
  const history = new SealedHistory({ repoRoot, commit, judged: true, base: options.base, sealFile });
  try {
    const realCwd = safeRealpath(cwd);
    const roots = (options.paths && options.paths.length > 0 ? options.paths : ["."]).map((p) => resolve3(realCwd, p));
    const discovery = source.discover(roots, sealFile);
    const findings = discoveryFindings(discovery.problems, repoRoot);
    const { config, onProgress, shard } = options;
    const dirs = discovery.packets.map((abs) => reportPath(repoRoot, abs));
    const shardSizes = shard ? packetBytes(source.tree.entries.values(), dirs) : void 0;
    const repoFiles = await CommitFiles.open(repoRoot, commit);
    const report = await verifyPackets(discovery.packets, { sealFile, repoRoot, source, config, onProgress, shard, shardSizes, sealedBytes: history.lookup, repoFiles }, findings);
    for (const f of report.findings) {
      if (f.kind === "no-packets") f.message += ` in commit ${commit.slice(0, 12)} (source: git; uncommitted packets are verified with source worktree)`;
    }
    const warnings = await source.worktreeWarnings();
    if (commit === head) warnings.push(...await repoFiles.worktreeWarnings());
    if (options.base !== void 0) {
      await appendOnly(report, { repoRoot, roots, sealFile, source, base: options.base, allowReseal: options.allowReseal === true, warnings, inShard: shard ? shardFilter(dirs, shard, shardSizes) : () => true });
    }
    return withWarnings(report, warnings);
  } finally {
    history.close();
    source.close();
  }
}
function withWarnings(report, warnings) {
  const out = { ...report, ok: reportOk(report.packets, report.findings, report.shard) };
  if (warnings.length > 0) out.warnings = [...report.warnings ?? [], ...warnings];
  return out;
}
async function worktreeOnly(options, cwd, mode, repository) {
  if (options.base !== void 0) {
    throw new UsageError(`base needs the committed bytes of a git repository (source ${mode} reads ${cwd} from disk)`);
  }
  if (options.ref !== void 0 && options.ref !== "HEAD") throw new UsageError(`ref needs source git (source ${mode} reads ${cwd} from disk)`);
  const { source: _mode, ref: _ref, base: _base, allowReseal: _allow, repository: _repository, ...rest } = options;
  const head = repository?.commit ?? null;
  if (repository === null || head === null) return verify({ ...rest, cwd });
  const history = new SealedHistory({ repoRoot: repository.top, commit: head, judged: false, sealFile: options.sealFile ?? DEFAULT_SEAL_FILE });
  try {
    return await verify({ ...rest, cwd, sealedBytes: history.lookup });
  } finally {
    history.close();
  }
}
async function appendOnly(report, ctx) {
  let baseCommit;
  try {
    baseCommit = (await ensureBase(ctx.repoRoot, ctx.base)).commit;
  } catch (e) {
    if (!(e instanceof BaseUnavailable)) throw e;
    report.findings.push(finding("config", ".", e.message));
    return;
  }
  const baseName = `base ${baseCommit.slice(0, 12)}`;
  const rels = ctx.roots.map((root) => ctx.source.relativePath(root)).filter((rel) => rel !== null);
  const baseTree = await listTree(ctx.repoRoot, baseCommit, rels.includes("") ? void 0 : rels);
  const blobs = ctx.source.blobs;
  const headEntries = ctx.source.tree.entries;
  const judge = (dir, found) => {
    if (ctx.allowReseal) {
      for (const f of found) ctx.warnings.push({ file: f.file, message: `re-seal allowed: ${f.message}` });
    } else attach(report, dir, found);
  };
  const basePackets = new Set(committedPackets(baseTree, rels, ctx.sealFile).packets.filter((dir) => ctx.inShard(dir)));
  for (const dir of basePackets) {
    const sealPath = dir === "." ? ctx.sealFile : `${dir}/${ctx.sealFile}`;
    const entry = baseTree.entries.get(sealPath);
    const now = headEntries.get(sealPath);
    if (now !== void 0 && now.kind === "file" && now.oid === entry.oid) continue;
    const base = await blobs.read(entry.oid, SEAL_FILE_LIMIT);
    const head = now !== void 0 && now.kind === "file" ? await blobs.read(now.oid, SEAL_FILE_LIMIT) : null;
    judge(dir, resealFindings({ dir, base, head }, ctx.sealFile, baseName));
  }
  const lfs = await lfsSinceBase({
    pointers: ctx.source.lfsPaths(),
    basePackets,
    headPackets: report.packets.map((p) => p.dir),
    // Canonical files may lie outside the roots listed above: those are listed on their own.
    baseEntries: async (paths) => (paths.every((p) => baseTree.entries.has(p)) ? baseTree : await listTree(ctx.repoRoot, baseCommit, paths)).entries,
    blobs,
    baseName
  });
  for (const { dir, finding: f } of lfs) judge(dir, [f]);
}
function attach(report, dir, found) {
  if (found.length === 0) return;
  const packet = dir === null ? void 0 : report.packets.find((p) => p.dir === dir);
  if (packet === void 0) {
    report.findings.push(...found);
    return;
  }
  packet.findings = [...packet.findings, ...found].sort(
    (a, b) => a.file === b.file ? a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0 : Buffer.compare(Buffer.from(a.file), Buffer.from(b.file))
  );
  packet.ok = false;
}
function packetBytes(entries, dirs) {
  const out = new Map(dirs.map((d) => [d, 0]));
  for (const entry of entries) {
    if (entry.kind !== "file") continue;
    let dir = entry.path;
    while (dir !== ".") {
      dir = reportDirOf(dir);
      const sum = out.get(dir);
      if (sum !== void 0) out.set(dir, sum + entry.size);
    }
  }
  return out;
}
function safeRealpath(path) {
  try {
    return realpathSync2(path);
  } catch {
    return path;
  }
}

// src/core/progress-text.ts
var UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function formatBytes(bytes) {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${UNITS[unit]}`;
}
var of = (done, total) => `${done}/${total === null ? "?" : total}`;
function progressText(event) {
  const seconds = event.elapsedMs / 1e3;
  const rate = seconds > 0 ? `${formatBytes(event.bytes.done / seconds)}/s` : "-";
  const bytes = `${formatBytes(event.bytes.done)}/${event.bytes.total === null ? "?" : formatBytes(event.bytes.total)}`;
  return `packets ${of(event.packets.done, event.packets.total)}, files ${of(event.files.done, event.files.total)}, ${bytes}, ${rate}`;
}

export {
  findRepoRoot,
  reportPath,
  reportDirOf,
  reportOk,
  countFindings,
  DEFAULT_SEAL_FILE,
  mapLimit,
  referencesIn,
  SealRefused,
  sealPacket,
  UsageError,
  discoveryFindings,
  discoverPackets,
  parseShard,
  shardLine,
  SEAL_FILE_LIMIT,
  selftest,
  selftestSummary,
  selftestProblems,
  isObjectId,
  GitError,
  runGit,
  checkObjectId,
  resolveCommit,
  readCommit,
  knownCommit,
  ensureBase,
  entriesUnder,
  listTree,
  committedPackets,
  BlobReader,
  repositoryAt,
  SOURCE_MODES,
  verifyWithSource,
  progressText
};
