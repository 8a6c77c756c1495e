import { createRequire as __sealGateCreateRequire } from 'node:module';
const require = __sealGateCreateRequire(import.meta.url);
import {
  childPointer,
  displayPointer,
  valueAt
} from "./chunk-2LBU2DDN.js";

// src/core/json/ajv-messages.ts
var SHOW_VALUE = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf"
]);
function shorten(text, max = 60) {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join("")}\u2026` : text;
}
function showValue(value) {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value !== null && typeof value === "object") return "an object";
  if (value === void 0) return "nothing";
  return shorten(JSON.stringify(value));
}
function showAllowed(value) {
  return typeof value === "string" ? shorten(value, 40) : shorten(JSON.stringify(value) ?? String(value), 40);
}
function describeErrors(errors, root) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of errors ?? []) {
    const d = describeError(e, root);
    if (d === null) continue;
    const key = `${d.pointer}\0${d.atKey}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
function describeError(e, root) {
  const params = e.params;
  const path = e.instancePath;
  const propertyName = e.propertyName;
  if (e.keyword === "if" || e.keyword === "propertyNames") return null;
  if (propertyName !== void 0) {
    const pointer = childPointer(path, propertyName);
    return { pointer, atKey: true, message: `${displayPointer(pointer)}: property name ${e.message ?? "is not valid"}` };
  }
  switch (e.keyword) {
    case "required":
      return {
        pointer: path,
        atKey: false,
        message: `${displayPointer(path)}: missing required property ${JSON.stringify(params.missingProperty)}`
      };
    case "dependentRequired":
    case "dependencies":
      return {
        pointer: path,
        atKey: false,
        message: `${displayPointer(path)}: missing property ${JSON.stringify(params.missingProperty)}, required when ${JSON.stringify(params.property)} is present`
      };
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      const pointer = childPointer(path, name);
      return { pointer, atKey: true, message: `${displayPointer(pointer)}: property ${JSON.stringify(name)} is not allowed here` };
    }
    case "false schema":
      return { pointer: path, atKey: false, message: `${displayPointer(path)}: no value is allowed here` };
  }
  let text;
  if (e.keyword === "enum") {
    const allowed = params.allowedValues ?? [];
    const listed = allowed.slice(0, 12).map(showAllowed).join(", ") + (allowed.length > 12 ? `, \u2026 (${allowed.length} in all)` : "");
    text = `must be one of ${listed}`;
  } else if (e.keyword === "const") {
    text = `must be ${showAllowed(params.allowedValue)}`;
  } else if (e.keyword === "format") {
    text = `must be a valid ${String(params.format)}`;
  } else {
    text = e.message ?? `fails ${e.keyword}`;
  }
  if (SHOW_VALUE.has(e.keyword)) text += ` (got ${showValue(valueAt(root, path))})`;
  return { pointer: path, atKey: false, message: `${displayPointer(path)}: ${text}` };
}

// src/core/json/loaded-config.ts
var DEFAULT_CONFIG_PATH = ".github/seal-gate.yml";
function schemasForFile(config, file) {
  if (config === null) return [];
  return [...new Set(config.rules.filter((r) => r.matches(file)).map((r) => r.schema))];
}

export {
  describeErrors,
  DEFAULT_CONFIG_PATH,
  schemasForFile
};
