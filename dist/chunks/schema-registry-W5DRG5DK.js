import { createRequire as __sealGateCreateRequire } from 'node:module';
const require = __sealGateCreateRequire(import.meta.url);
import {
  strictParse
} from "./chunk-GSRJWSCH.js";
import {
  Ajv2019,
  Ajv2020,
  AjvDraft07,
  addFormats
} from "./chunk-ESAI6W4P.js";
import {
  ConfigError,
  RepoFileError,
  SchemaNotFoundError,
  diskFiles,
  inWhere
} from "./chunk-2LBU2DDN.js";
import "./chunk-D7PX3C6W.js";

// src/core/json/schema-registry.ts
var META_SCHEMAS = {
  "draft-07": "http://json-schema.org/draft-07/schema#",
  "2019-09": "https://json-schema.org/draft/2019-09/schema",
  "2020-12": "https://json-schema.org/draft/2020-12/schema"
};
function draftOf(metaSchema) {
  const uri = metaSchema.replace(/#$/, "");
  for (const [draft, meta] of Object.entries(META_SCHEMAS)) {
    if (meta.replace(/#$/, "") === uri) return draft;
  }
  return null;
}
function draftName(draft) {
  return draft === "draft-07" ? "JSON Schema draft-07" : `JSON Schema ${draft}`;
}
var MAX_SCHEMA_FILES = 200;
var LOCAL_BASE = "file:///repository/";
function localUri(path) {
  return LOCAL_BASE + path.split("/").map(encodeURIComponent).join("/");
}
function localPath(uri) {
  if (!uri.startsWith(LOCAL_BASE)) return null;
  try {
    return uri.slice(LOCAL_BASE.length).split("/").map(decodeURIComponent).join("/");
  } catch {
    return null;
  }
}
function showUri(uri) {
  const hash = uri.indexOf("#");
  const base = hash === -1 ? uri : uri.slice(0, hash);
  const path = localPath(base);
  return path === null ? uri : path + (hash === -1 ? "" : uri.slice(hash));
}
var SchemaRegistry = class {
  files;
  vendored;
  configFile;
  instances = /* @__PURE__ */ new Map();
  /** Keys already added to each instance. */
  added = /* @__PURE__ */ new Map();
  compiled = /* @__PURE__ */ new Map();
  constructor(options) {
    this.files = options.files ?? diskFiles(options.repoRoot);
    this.vendored = /* @__PURE__ */ new Map();
    for (const [url, path] of options.config?.vendored ?? []) this.vendored.set(url.replace(/#$/, ""), path);
    this.configFile = options.config?.file ?? null;
  }
  ajv(draft) {
    let ajv = this.instances.get(draft);
    if (ajv === void 0) {
      const options = {
        allErrors: true,
        strict: true,
        strictTypes: false,
        strictTuples: false,
        strictRequired: false,
        logger: false
      };
      ajv = draft === "2020-12" ? new Ajv2020(options) : draft === "2019-09" ? new Ajv2019(options) : new AjvDraft07(options);
      addFormats(ajv);
      this.instances.set(draft, ajv);
      this.added.set(ajv, /* @__PURE__ */ new Set());
    }
    return ajv;
  }
  /** The validator for a repository-relative schema file. Throws ConfigError. */
  forFile(path) {
    const key = localUri(path);
    const cached = this.compiled.get(key);
    if (cached !== void 0) return cached;
    const schema = this.read(path, null);
    const draft = this.declaredDraft(schema, path) ?? "draft-07";
    return this.compile(key, path, draft, schema);
  }
  /**
   * The validator for a URI named by a JSON file's `$schema`: a built-in meta-schema, or a
   * vendored remote schema. Null when the URI is neither (the caller reports it).
   */
  forUri(uri) {
    const base = uri.replace(/#$/, "");
    const draft = draftOf(base);
    if (draft !== null) {
      const key = `meta:${draft}`;
      const cached2 = this.compiled.get(key);
      if (cached2 !== void 0) return cached2;
      const validate = this.ajv(draft).getSchema(META_SCHEMAS[draft]);
      if (validate === void 0) throw new ConfigError(`meta-schema ${META_SCHEMAS[draft]} is not available`);
      const out = { source: META_SCHEMAS[draft], draft, validate };
      this.compiled.set(key, out);
      return out;
    }
    const path = this.vendored.get(base);
    if (path === void 0) return null;
    const cached = this.compiled.get(base);
    if (cached !== void 0) return cached;
    const schema = this.read(path, `vendored copy of ${base}`);
    const declared = this.declaredDraft(schema, path) ?? "draft-07";
    return this.compile(base, path, declared, schema);
  }
  /** Whether a remote URL has a vendored copy. */
  isVendored(uri) {
    return this.vendored.has(uri.replace(/#$/, ""));
  }
  compile(key, path, draft, schema) {
    const ajv = this.ajv(draft);
    this.add(ajv, draft, key, path, schema);
    let loaded = 0;
    for (; ; ) {
      try {
        const validate = ajv.getSchema(key);
        if (validate === void 0) throw new ConfigError(`schema ${path} could not be compiled`);
        const out = { source: path, draft, validate };
        this.compiled.set(key, out);
        return out;
      } catch (e) {
        if (e instanceof ConfigError) throw e;
        const missing = e.missingSchema;
        if (typeof missing !== "string") {
          throw new ConfigError(`schema ${path} (or a schema it refers to) cannot be compiled: ${e.message}`);
        }
        const missingRef = String(e.missingRef ?? missing);
        if (this.added.get(ajv)?.has(missing) || missing === "") {
          throw new ConfigError(`schema ${path} (or a schema it refers to): $ref ${showUri(missingRef)} cannot be resolved`);
        }
        if (++loaded > MAX_SCHEMA_FILES) throw new ConfigError(`schema ${path} refers to more than ${MAX_SCHEMA_FILES} schema files`);
        this.loadReferenced(ajv, draft, missing, path);
      }
    }
  }
  /** Adds the schema a `$ref` needs: a local file or a vendored copy; anything else fails closed. */
  loadReferenced(ajv, draft, uri, root) {
    const local = localPath(uri);
    let path;
    let what;
    if (local !== null) {
      path = local;
      what = `${path} (referred to from ${root} or a schema it refers to)`;
    } else if (uri.startsWith("file:")) {
      throw new ConfigError(`schema ${root} (or a schema it refers to) has a $ref that leaves the repository (it resolves to ${uri.replace(/^file:\/\//, "")})`);
    } else if (this.vendored.has(uri)) {
      path = this.vendored.get(uri);
      what = `vendored copy of ${uri}`;
    } else {
      const where = this.configFile ?? ".github/seal-gate.yml";
      throw new ConfigError(
        `schema ${root} (or a schema it refers to) refers to ${uri}, which is not in the repository and is never fetched: vendor it (commit a copy and map ${JSON.stringify(uri)} to it under json.schemas in ${where})`
      );
    }
    const schema = this.read(path, what);
    const declared = this.declaredDraft(schema, path);
    if (declared !== null && declared !== draft) {
      throw new ConfigError(
        `schema ${path} uses ${draftName(declared)} but is referred to from ${root}, which uses ${draftName(draft)}: a schema and the files it refers to must use one draft`
      );
    }
    this.add(ajv, draft, uri, path, schema);
  }
  add(ajv, draft, key, path, schema) {
    if (this.added.get(ajv)?.has(key)) return;
    let toAdd = schema;
    if (schema !== null && typeof schema === "object" && !Array.isArray(schema)) {
      const id = schema.$id;
      if (typeof id === "string" && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(id)) {
        toAdd = { ...schema, $id: new URL(id, key.startsWith("meta:") ? LOCAL_BASE : key).href };
      }
    }
    try {
      ajv.addSchema(toAdd, key);
    } catch (e) {
      throw new ConfigError(`schema ${path} is invalid (${draftName(draft)}): ${e.message}`);
    }
    this.added.get(ajv)?.add(key);
  }
  declaredDraft(schema, path) {
    if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return null;
    const meta = schema.$schema;
    if (meta === void 0) return null;
    if (typeof meta !== "string") throw new ConfigError(`schema ${path}: $schema must be a string`);
    const draft = draftOf(meta);
    if (draft === null) {
      throw new ConfigError(
        `schema ${path}: unsupported $schema ${JSON.stringify(meta)} (supported: ${Object.values(META_SCHEMAS).join(", ")})`
      );
    }
    return draft;
  }
  read(path, what) {
    const label = what ?? path;
    let bytes;
    try {
      bytes = this.files.read(path);
    } catch (e) {
      if (e instanceof RepoFileError) throw new ConfigError(`schema ${label}: ${e.message}`);
      throw e;
    }
    if (bytes === null) throw new SchemaNotFoundError(`schema ${label}: file ${path} not found${inWhere(this.files)}`, path);
    const parsed = strictParse(path, bytes);
    if (!parsed.ok) {
      const p = parsed.problems[0];
      throw new ConfigError(`schema is not strict JSON: ${p.message}`, path, p.line, p.column ?? null);
    }
    const value = parsed.value;
    if (typeof value !== "boolean" && (value === null || typeof value !== "object" || Array.isArray(value))) {
      throw new ConfigError("schema must be a JSON object or a boolean", path);
    }
    return value;
  }
};
export {
  MAX_SCHEMA_FILES,
  META_SCHEMAS,
  SchemaRegistry,
  draftName,
  draftOf
};
