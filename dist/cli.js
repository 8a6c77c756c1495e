#!/usr/bin/env node
import { createRequire as __sealGateCreateRequire } from 'node:module';
const require = __sealGateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/finding.ts
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
var ALL_CAUSES;
var init_finding = __esm({
  "src/core/finding.ts"() {
    "use strict";
    ALL_CAUSES = [
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
  }
});

// src/core/json/config-error.ts
var ConfigError, SchemaNotFoundError;
var init_config_error = __esm({
  "src/core/json/config-error.ts"() {
    "use strict";
    init_finding();
    ConfigError = class extends Error {
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
    SchemaNotFoundError = class extends ConfigError {
      constructor(detail, missing) {
        super(detail);
        this.missing = missing;
      }
      missing;
    };
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants3) {
        this.code = optimizeExpr(this.code, names, constants3);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants3) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants3))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants3) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        if (!(super.optimizeNames(names, constants3) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants3) {
        var _a, _b;
        super.optimizeNames(names, constants3);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants3) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants3[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants3[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env2) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env2.schema == "object")
          schema = env2.schema;
        this.schema = env2.schema;
        this.schemaId = env2.schemaId;
        this.root = env2.root || this;
        this.baseId = (_a = env2.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env2.schemaId || "$id"]);
        this.schemaPath = env2.schemaPath;
        this.localRefs = env2.localRefs;
        this.meta = env2.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve5.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve5(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env2;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env2 = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env2 = env2 || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env2.schema !== env2.root.schema)
        return env2;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp2) {
      if (cp2 < 2048) {
        return BYTE_HEX[192 | cp2 >> 6] + BYTE_HEX[128 | cp2 & 63];
      }
      if (cp2 < 65536) {
        return BYTE_HEX[224 | cp2 >> 12] + BYTE_HEX[128 | cp2 >> 6 & 63] + BYTE_HEX[128 | cp2 & 63];
      }
      return BYTE_HEX[240 | cp2 >> 18] + BYTE_HEX[128 | cp2 >> 12 & 63] + BYTE_HEX[128 | cp2 >> 6 & 63] + BYTE_HEX[128 | cp2 & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp2) {
      return cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122 || cp2 === 42 || cp2 === 43 || cp2 === 45 || cp2 === 46 || cp2 === 47 || cp2 === 64 || cp2 === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve5(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative4, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative4 = parse(serialize(relative4, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative4.scheme) {
        target.scheme = relative4.scheme;
        target.userinfo = relative4.userinfo;
        target.host = relative4.host;
        target.port = relative4.port;
        target.path = removeDotSegments(relative4.path || "");
        target.query = relative4.query;
      } else {
        if (relative4.userinfo !== void 0 || relative4.host !== void 0 || relative4.port !== void 0) {
          target.userinfo = relative4.userinfo;
          target.host = relative4.host;
          target.port = relative4.port;
          target.path = removeDotSegments(relative4.path || "");
          target.query = relative4.query;
        } else {
          if (!relative4.path) {
            target.path = base.path;
            if (relative4.query !== void 0) {
              target.query = relative4.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative4.path[0] === "/") {
              target.path = removeDotSegments(relative4.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative4.path;
              } else if (!base.path) {
                target.path = relative4.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative4.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative4.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative4.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve5,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema2 = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema2)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env2, validateName, opts, self } = it;
        const { root } = env2;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env2 === root)
            return callRef(cxt, validateName, env2, env2.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env2, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env2.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

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

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20203 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20203;
    module.exports = exports = Ajv20203;
    module.exports.Ajv2020 = Ajv20203;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20203;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
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
var init_pointer = __esm({
  "src/core/json/pointer.ts"() {
    "use strict";
  }
});

// src/core/json/ajv-messages.ts
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
    const d = describeError2(e, root);
    if (d === null) continue;
    const key = `${d.pointer}\0${d.atKey}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
function describeError2(e, root) {
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
var SHOW_VALUE;
var init_ajv_messages = __esm({
  "src/core/json/ajv-messages.ts"() {
    "use strict";
    init_pointer();
    SHOW_VALUE = /* @__PURE__ */ new Set([
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
  }
});

// src/core/json/loaded-config.ts
function schemasForFile(config, file) {
  if (config === null) return [];
  return [...new Set(config.rules.filter((r) => r.matches(file)).map((r) => r.schema))];
}
var DEFAULT_CONFIG_PATH;
var init_loaded_config = __esm({
  "src/core/json/loaded-config.ts"() {
    "use strict";
    DEFAULT_CONFIG_PATH = ".github/seal-gate.yml";
  }
});

// src/core/json/repo-files.ts
import { closeSync, constants as constants2, fstatSync, lstatSync, openSync, readFileSync } from "node:fs";
import { join as join8 } from "node:path";
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
    current = join8(current, segments[i]);
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
    fd = openSync(current, constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0));
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
var MAX_REPO_FILE_BYTES, RepoFileError;
var init_repo_files = __esm({
  "src/core/json/repo-files.ts"() {
    "use strict";
    MAX_REPO_FILE_BYTES = 64 << 20;
    RepoFileError = class extends Error {
    };
  }
});

// src/core/json/numbers.ts
function toDecimal(text) {
  let s = text;
  let negative = false;
  if (s.startsWith("-")) {
    negative = true;
    s = s.slice(1);
  }
  const e = s.search(/[eE]/);
  const mantissa = e === -1 ? s : s.slice(0, e);
  let exponent = e === -1 ? 0n : BigInt(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const whole = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const fraction = dot === -1 ? "" : mantissa.slice(dot + 1);
  let digits = (whole + fraction).replace(/^0+/, "");
  exponent -= BigInt(fraction.length);
  const trimmed = digits.replace(/0+$/, "");
  exponent += BigInt(digits.length - trimmed.length);
  digits = trimmed;
  if (digits === "") return { negative: false, digits: "", exponent: 0n };
  return { negative, digits, exponent };
}
function numberPrecisionLoss(text) {
  const value = Number(text);
  if (!/[.eE]/.test(text)) {
    if (Number.isSafeInteger(value)) return null;
    return `integer ${text} is beyond \xB1(2^53\u22121) and loses precision as a double (it reads as ${String(value)}); write it as a string`;
  }
  if (!Number.isFinite(value)) return `number ${text} is too large for a double`;
  if (value === 0) {
    return /[1-9]/.test(text.split(/[eE]/)[0]) ? `number ${text} is too small for a double (it reads as 0)` : null;
  }
  const a = toDecimal(text);
  const b = toDecimal(String(value));
  if (a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent) return null;
  return `number ${text} does not survive a double (it reads as ${String(value)}); write it as a string`;
}
var init_numbers = __esm({
  "src/core/json/numbers.ts"() {
    "use strict";
  }
});

// src/core/json/positions.ts
function positionAfter(text) {
  return new PositionTracker(text).at(text.length);
}
var PositionTracker;
var init_positions = __esm({
  "src/core/json/positions.ts"() {
    "use strict";
    PositionTracker = class {
      constructor(text) {
        this.text = text;
      }
      text;
      offset = 0;
      line = 1;
      column = 1;
      at(target) {
        if (target < this.offset) {
          this.offset = 0;
          this.line = 1;
          this.column = 1;
        }
        const text = this.text;
        const end = Math.min(target, text.length);
        let i = this.offset;
        let line = this.line;
        let column = this.column;
        while (i < end) {
          const c = text.charCodeAt(i);
          if (c === 10) {
            line++;
            column = 1;
            i++;
          } else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10) {
              column++;
            } else {
              line++;
              column = 1;
            }
            i++;
          } else if (c >= 55296 && c <= 56319 && i + 1 < end) {
            const next = text.charCodeAt(i + 1);
            column++;
            i += next >= 56320 && next <= 57343 ? 2 : 1;
          } else {
            column++;
            i++;
          }
        }
        this.offset = i;
        this.line = line;
        this.column = column;
        return { line, column };
      }
    };
  }
});

// src/core/json/utf8.ts
function hex(byte) {
  return `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}
function findInvalidUtf8(bytes) {
  let first = null;
  let count2 = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 128;
    let hi = 191;
    if (b >= 194 && b <= 223) need = 1;
    else if (b === 224) need = 2, lo = 160;
    else if (b >= 225 && b <= 236) need = 2;
    else if (b === 237) need = 2, hi = 159;
    else if (b >= 238 && b <= 239) need = 2;
    else if (b === 240) need = 3, lo = 144;
    else if (b >= 241 && b <= 243) need = 3;
    else if (b === 244) need = 3, hi = 143;
    let reason = null;
    let length = 1;
    if (need === 0) {
      if (b >= 128 && b <= 191) reason = `byte ${hex(b)} is a continuation byte with no lead byte`;
      else if (b === 192 || b === 193) reason = `byte ${hex(b)} starts an overlong encoding`;
      else reason = `byte ${hex(b)} never occurs in UTF-8`;
    } else {
      for (let k = 1; k <= need; k++) {
        const c = i + k < n ? bytes[i + k] : -1;
        const min = k === 1 ? lo : 128;
        const max = k === 1 ? hi : 191;
        if (c < min || c > max) {
          if (c === -1) reason = `sequence starting with byte ${hex(b)} is cut off by the end of the file`;
          else if (k === 1 && b === 237 && c >= 160 && c <= 191) reason = `bytes ${hex(b)} ${hex(c)} encode a UTF-16 surrogate`;
          else if (k === 1 && (b === 224 || b === 240) && c >= 128 && c < lo) reason = `bytes ${hex(b)} ${hex(c)} start an overlong encoding`;
          else if (k === 1 && b === 244 && c > 143 && c <= 191) reason = `bytes ${hex(b)} ${hex(c)} encode a code point above U+10FFFF`;
          else reason = `sequence starting with byte ${hex(b)} is cut off by byte ${hex(c)}`;
          length = k;
          break;
        }
      }
      if (reason === null) length = need + 1;
    }
    if (reason !== null) {
      count2++;
      if (first === null) first = { offset: i, reason, count: 0 };
    }
    i += length;
  }
  if (first !== null) first.count = count2;
  return first;
}
var init_utf8 = __esm({
  "src/core/json/utf8.ts"() {
    "use strict";
  }
});

// src/core/json/strict-parse.ts
function strictParse(file, bytes, options = {}) {
  const problems = [];
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    problems.push(finding("json", file, "file starts with a UTF-16 byte order mark: JSON must be UTF-8", { line: 1, column: 1 }));
    return { ok: false, problems };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    problems.push(finding("json", file, "file starts with a byte order mark (EF BB BF): JSON must not", { line: 1, column: 1 }));
    start = 3;
  }
  const body = bytes.subarray(start);
  const bad = findInvalidUtf8(body);
  if (bad !== null) {
    const where = positionAfter(UTF8.decode(body.subarray(0, bad.offset)));
    const more = bad.count > 1 ? ` (${bad.count} invalid sequences in the file)` : "";
    problems.push(
      finding("json", file, `invalid UTF-8 at byte offset ${bad.offset + start}: ${bad.reason}${more}`, {
        line: where.line,
        column: where.column
      })
    );
    return { ok: false, problems };
  }
  const text = UTF8.decode(body);
  const parsed = new Parser(file, text, options.maxDepth ?? MAX_DEPTH, problems).run();
  if (problems.length > 0 || parsed === null) return { ok: false, problems };
  return { ok: true, value: parsed.value, positions: parsed.positions };
}
function describeChar(text, at) {
  const cp2 = text.codePointAt(at);
  if (cp2 === void 0) return "end of file";
  if (cp2 > 32 && cp2 < 127) return `'${String.fromCodePoint(cp2)}'`;
  return `character U+${cp2.toString(16).toUpperCase().padStart(4, "0")}`;
}
function quote(s) {
  const shown = s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
  return JSON.stringify(shown);
}
var MAX_DEPTH, MAX_PROBLEMS, UTF8, Fatal, WORD, NUMBER, NOT_JSON_WORDS, Parser;
var init_strict_parse = __esm({
  "src/core/json/strict-parse.ts"() {
    "use strict";
    init_finding();
    init_numbers();
    init_pointer();
    init_positions();
    init_utf8();
    MAX_DEPTH = 256;
    MAX_PROBLEMS = 100;
    UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    Fatal = class extends Error {
    };
    WORD = /[A-Za-z0-9_$+\-.]/;
    NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    NOT_JSON_WORDS = {
      NaN: "NaN is not JSON",
      Infinity: "Infinity is not JSON",
      "-Infinity": "-Infinity is not JSON",
      "+Infinity": "+Infinity is not JSON",
      undefined: "undefined is not JSON",
      True: "True is not JSON (did you mean true?)",
      False: "False is not JSON (did you mean false?)",
      None: "None is not JSON (did you mean null?)",
      TRUE: "TRUE is not JSON (did you mean true?)",
      FALSE: "FALSE is not JSON (did you mean false?)",
      NULL: "NULL is not JSON (did you mean null?)",
      Null: "Null is not JSON (did you mean null?)"
    };
    Parser = class {
      constructor(file, text, maxDepth, problems) {
        this.file = file;
        this.text = text;
        this.maxDepth = maxDepth;
        this.problems = problems;
        this.tracker = new PositionTracker(text);
      }
      file;
      text;
      maxDepth;
      problems;
      pos = 0;
      tracker;
      values = /* @__PURE__ */ new Map();
      keys = /* @__PURE__ */ new Map();
      truncated = false;
      run() {
        try {
          return { value: this.parse(), positions: { values: this.values, keys: this.keys } };
        } catch (e) {
          if (e instanceof Fatal) return null;
          throw e;
        }
      }
      problem(at, message) {
        if (this.truncated) return;
        if (this.problems.length >= MAX_PROBLEMS) {
          this.truncated = true;
          const p2 = this.tracker.at(at);
          this.problems.push(
            finding("json", this.file, `more than ${MAX_PROBLEMS} problems; stopped reporting here`, { line: p2.line, column: p2.column })
          );
          throw new Fatal();
        }
        const p = this.tracker.at(at);
        this.problems.push(finding("json", this.file, message, { line: p.line, column: p.column }));
      }
      fatal(at, message) {
        this.problem(at, message);
        throw new Fatal();
      }
      /** Skips JSON whitespace; reports (and skips) comments. */
      skip() {
        const t = this.text;
        for (; ; ) {
          const c = t.charCodeAt(this.pos);
          if (c === 32 || c === 9 || c === 10 || c === 13) {
            this.pos++;
          } else if (c === 47) {
            const next = t.charCodeAt(this.pos + 1);
            if (next === 47) {
              this.problem(this.pos, "comments are not allowed in JSON");
              let i = this.pos + 2;
              while (i < t.length && t.charCodeAt(i) !== 10 && t.charCodeAt(i) !== 13) i++;
              this.pos = i;
            } else if (next === 42) {
              const end = t.indexOf("*/", this.pos + 2);
              if (end === -1) this.fatal(this.pos, "unterminated comment (comments are not allowed in JSON)");
              this.problem(this.pos, "comments are not allowed in JSON");
              this.pos = end + 2;
            } else {
              return;
            }
          } else {
            return;
          }
        }
      }
      unexpected(what) {
        const t = this.text;
        const at = this.pos;
        if (at >= t.length) this.fatal(at, `unexpected end of file: expected ${what}`);
        const c = t.charCodeAt(at);
        if (c === 39) this.fatal(at, "strings must be in double quotes, not single quotes");
        if (c === 160 || c === 65279 || c === 8232 || c === 8233 || c === 11 || c === 12 || c >= 8192 && c <= 8203 || c === 12288) {
          this.fatal(at, `${describeChar(t, at)} is not JSON whitespace (only space, tab, CR and LF are): expected ${what}`);
        }
        if (WORD.test(t[at])) {
          let end = at;
          while (end < t.length && end - at < 64 && WORD.test(t[end])) end++;
          const word = t.slice(at, end);
          const known = NOT_JSON_WORDS[word];
          if (known !== void 0) this.fatal(at, known);
          this.fatal(at, `unexpected ${quote(word)}: expected ${what}`);
        }
        this.fatal(at, `unexpected ${describeChar(t, at)}: expected ${what}`);
      }
      parse() {
        const t = this.text;
        const stack = [];
        let state = "value";
        let pointer = "";
        let root = void 0;
        const attach2 = (value) => {
          const top = stack[stack.length - 1];
          if (top === void 0) {
            root = value;
            state = "end";
          } else if (top.kind === "array") {
            top.value.push(value);
            state = "array-next";
          } else {
            if (top.key === "__proto__") {
              Object.defineProperty(top.value, top.key, { value, enumerable: true, writable: true, configurable: true });
            } else {
              top.value[top.key] = value;
            }
            state = "object-next";
          }
        };
        const open2 = (frame, at) => {
          if (stack.length >= this.maxDepth) {
            this.fatal(at, `nesting deeper than ${this.maxDepth} levels`);
          }
          stack.push(frame);
        };
        const member = (frame) => {
          const keyAt = this.pos;
          const key = this.string();
          const where = this.tracker.at(keyAt);
          const first = frame.seen.get(key);
          if (first !== void 0) {
            this.problem(
              keyAt,
              `duplicate key ${quote(key)} (also at line ${first.line}, column ${first.column}); JSON.parse would silently keep only the last one`
            );
          } else {
            frame.seen.set(key, where);
          }
          frame.key = key;
          pointer = childPointer(frame.pointer, key);
          this.keys.set(pointer, where);
          this.skip();
          if (t.charCodeAt(this.pos) !== 58) this.unexpected(`':' after the property name ${quote(key)}`);
          this.pos++;
          state = "value";
        };
        const nameExpected = () => {
          const c = t.charCodeAt(this.pos);
          if (c === 39 || this.pos < t.length && /[A-Za-z_$]/.test(t[this.pos])) {
            this.fatal(this.pos, "property names must be strings in double quotes");
          }
          this.unexpected("a property name in double quotes");
        };
        for (; ; ) {
          this.skip();
          const at = this.pos;
          const c = t.charCodeAt(at);
          switch (state) {
            case "value": {
              this.values.set(pointer, this.tracker.at(at));
              if (c === 91) {
                open2({ kind: "array", value: [], pointer }, at);
                this.pos++;
                state = "array-first";
              } else if (c === 123) {
                open2({ kind: "object", value: {}, pointer, seen: /* @__PURE__ */ new Map(), key: "" }, at);
                this.pos++;
                state = "object-first";
              } else if (c === 34) {
                attach2(this.string());
              } else if (c === 45 || c >= 48 && c <= 57) {
                attach2(this.number());
              } else if (t.startsWith("true", at) && !WORD.test(t[at + 4] ?? "")) {
                this.pos += 4;
                attach2(true);
              } else if (t.startsWith("false", at) && !WORD.test(t[at + 5] ?? "")) {
                this.pos += 5;
                attach2(false);
              } else if (t.startsWith("null", at) && !WORD.test(t[at + 4] ?? "")) {
                this.pos += 4;
                attach2(null);
              } else {
                if (c === 43 || c === 46) {
                  const word = /[+.0-9A-Za-z]*/y;
                  word.lastIndex = at;
                  const m = word.exec(t);
                  const known = m && NOT_JSON_WORDS[m[0]];
                  if (known) this.fatal(at, known);
                  this.fatal(at, `invalid number ${quote(m ? m[0] : t[at])}: JSON numbers start with '-' or a digit`);
                }
                this.unexpected("a value");
              }
              break;
            }
            case "array-first": {
              const top = stack[stack.length - 1];
              if (c === 93) {
                this.pos++;
                stack.pop();
                attach2(top.value);
              } else {
                pointer = childPointer(top.pointer, 0);
                state = "value";
              }
              break;
            }
            case "array-next": {
              const top = stack[stack.length - 1];
              if (c === 44) {
                this.pos++;
                this.skip();
                if (t.charCodeAt(this.pos) === 93) {
                  this.problem(at, "trailing comma before ]");
                  this.pos++;
                  stack.pop();
                  attach2(top.value);
                } else {
                  pointer = childPointer(top.pointer, top.value.length);
                  state = "value";
                }
              } else if (c === 93) {
                this.pos++;
                stack.pop();
                attach2(top.value);
              } else {
                this.unexpected("',' or ']'");
              }
              break;
            }
            case "object-first": {
              const top = stack[stack.length - 1];
              if (c === 125) {
                this.pos++;
                stack.pop();
                attach2(top.value);
              } else if (c === 34) {
                member(top);
              } else {
                nameExpected();
              }
              break;
            }
            case "object-next": {
              const top = stack[stack.length - 1];
              if (c === 44) {
                this.pos++;
                this.skip();
                const d = t.charCodeAt(this.pos);
                if (d === 125) {
                  this.problem(at, "trailing comma before }");
                  this.pos++;
                  stack.pop();
                  attach2(top.value);
                } else if (d === 34) {
                  member(top);
                } else {
                  nameExpected();
                }
              } else if (c === 125) {
                this.pos++;
                stack.pop();
                attach2(top.value);
              } else {
                this.unexpected("',' or '}'");
              }
              break;
            }
            case "end": {
              if (at < t.length) this.fatal(at, `unexpected ${describeChar(t, at)} after the end of the JSON value`);
              return root;
            }
          }
        }
      }
      /** Reads a string starting at the opening quote at this.pos. */
      string() {
        const t = this.text;
        const open2 = this.pos;
        let i = open2 + 1;
        let out = "";
        let runStart = i;
        for (; ; ) {
          if (i >= t.length) this.fatal(open2, "unterminated string");
          const c = t.charCodeAt(i);
          if (c === 34) {
            out += t.slice(runStart, i);
            this.pos = i + 1;
            return out;
          }
          if (c === 92) {
            out += t.slice(runStart, i);
            const e = t[i + 1];
            switch (e) {
              case '"':
              case "\\":
              case "/":
                out += e;
                i += 2;
                break;
              case "b":
                out += "\b";
                i += 2;
                break;
              case "f":
                out += "\f";
                i += 2;
                break;
              case "n":
                out += "\n";
                i += 2;
                break;
              case "r":
                out += "\r";
                i += 2;
                break;
              case "t":
                out += "	";
                i += 2;
                break;
              case "u": {
                const hex2 = t.slice(i + 2, i + 6);
                if (!/^[0-9A-Fa-f]{4}$/.test(hex2)) this.fatal(i, "invalid \\u escape: four hex digits must follow \\u");
                const unit = parseInt(hex2, 16);
                if (unit >= 55296 && unit <= 56319) {
                  const low = /^\\u([dD][c-fC-F][0-9A-Fa-f]{2})/.exec(t.slice(i + 6, i + 12));
                  if (low) {
                    out += String.fromCharCode(unit, parseInt(low[1], 16));
                    i += 12;
                    break;
                  }
                  this.problem(i, `unpaired surrogate \\u${hex2} in a string: it cannot be encoded in UTF-8`);
                } else if (unit >= 56320 && unit <= 57343) {
                  this.problem(i, `unpaired surrogate \\u${hex2} in a string: it cannot be encoded in UTF-8`);
                }
                out += String.fromCharCode(unit);
                i += 6;
                break;
              }
              default:
                if (e === void 0) this.fatal(open2, "unterminated string");
                this.fatal(i, `invalid escape \\${e === "\n" || e === "\r" ? "(line break)" : e} in a string`);
            }
            runStart = i;
            continue;
          }
          if (c < 32) {
            if (c === 10 || c === 13) this.fatal(i, "line break inside a string (unterminated string, or a line break that must be written \\n)");
            this.fatal(i, `control character U+${c.toString(16).toUpperCase().padStart(4, "0")} inside a string must be escaped`);
          }
          i++;
        }
      }
      /** Reads a number at this.pos ('-' or a digit). */
      number() {
        const t = this.text;
        const at = this.pos;
        NUMBER.lastIndex = at;
        const m = NUMBER.exec(t);
        const literal2 = m ? m[0] : "";
        const after = at + literal2.length;
        if (literal2 === "" || literal2 === "-" || after < t.length && WORD.test(t[after])) {
          let end = at;
          while (end < t.length && end - at < 64 && WORD.test(t[end])) end++;
          const word = t.slice(at, end);
          const known = NOT_JSON_WORDS[word];
          if (known !== void 0) this.fatal(at, known);
          let why = "";
          if (/^-?0[0-9]/.test(word)) why = ": numbers must not have leading zeros";
          else if (/^-?0[xXoObB]/.test(word)) why = ": only decimal numbers are JSON";
          else if (/^-?[0-9]+\.($|[^0-9])/.test(word)) why = ": a digit must follow the decimal point";
          else if (/^-?[0-9.]+[eE][+-]?($|[^0-9])/.test(word)) why = ": a digit must follow the exponent";
          this.fatal(at, `invalid number ${quote(word)}${why}`);
        }
        this.pos = after;
        const loss = numberPrecisionLoss(literal2);
        if (loss !== null) this.problem(at, loss);
        return Number(literal2);
      }
    };
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var content = require_content2();
    var core = require_core4();
    var format = require_format3();
    var metadata = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs2, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs2[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/core/json/ajv-classes.ts
function unwrap(module) {
  const wrapped = module;
  return typeof module === "function" ? module : wrapped.default ?? module;
}
var import_ajv2, import__2, import__3, import_ajv_formats, AjvDraft07, Ajv2019, Ajv20202, addFormats;
var init_ajv_classes = __esm({
  "src/core/json/ajv-classes.ts"() {
    "use strict";
    import_ajv2 = __toESM(require_ajv(), 1);
    import__2 = __toESM(require__2(), 1);
    import__3 = __toESM(require__(), 1);
    import_ajv_formats = __toESM(require_dist(), 1);
    AjvDraft07 = unwrap(import_ajv2.default);
    Ajv2019 = unwrap(import__2.default);
    Ajv20202 = unwrap(import__3.default);
    addFormats = unwrap(import_ajv_formats.default);
  }
});

// src/core/json/schema-registry.ts
var schema_registry_exports = {};
__export(schema_registry_exports, {
  MAX_SCHEMA_FILES: () => MAX_SCHEMA_FILES,
  META_SCHEMAS: () => META_SCHEMAS,
  SchemaRegistry: () => SchemaRegistry,
  draftName: () => draftName,
  draftOf: () => draftOf
});
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
var META_SCHEMAS, MAX_SCHEMA_FILES, LOCAL_BASE, SchemaRegistry;
var init_schema_registry = __esm({
  "src/core/json/schema-registry.ts"() {
    "use strict";
    init_ajv_classes();
    init_config_error();
    init_repo_files();
    init_strict_parse();
    META_SCHEMAS = {
      "draft-07": "http://json-schema.org/draft-07/schema#",
      "2019-09": "https://json-schema.org/draft/2019-09/schema",
      "2020-12": "https://json-schema.org/draft/2020-12/schema"
    };
    MAX_SCHEMA_FILES = 200;
    LOCAL_BASE = "file:///repository/";
    SchemaRegistry = class {
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
          ajv = draft === "2020-12" ? new Ajv20202(options) : draft === "2019-09" ? new Ajv2019(options) : new AjvDraft07(options);
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
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema4 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema5 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema3();
    var schema$1 = require_schema4();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema5();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep5, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep5) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep5 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep5, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep5 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep5 + cb;
              sep5 = "";
              break;
            }
            case "newline":
              if (comment)
                sep5 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep5, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep5 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep5 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep5, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep5 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep5)
                for (const st of sep5) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep5, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep5 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep5 === " ")
            sep5 = "\n";
          else if (!prevMoreIndented && sep5 === "\n")
            sep5 = "\n\n";
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep5 === "\n")
            value += "\n";
          else
            sep5 = "\n";
        } else {
          value += sep5 + content;
          sep5 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep5 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep5 === "\n")
            res += sep5;
          else
            sep5 = "\n";
        } else {
          res += sep5 + lm;
          sep5 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep5 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep5, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep5)
        for (const st of sep5)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep5;
          if (scalar.end) {
            sep5 = scalar.end;
            sep5.push(this.sourceToken);
            delete scalar.end;
          } else
            sep5 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep5 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep5 = it.sep;
                  sep5.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep5 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep5 = fc.end.splice(1, fc.end.length);
            sep5.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep5 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/core/schemas/config.schema.json
var config_schema_default;
var init_config_schema = __esm({
  "src/core/schemas/config.schema.json"() {
    config_schema_default = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: "seal-gate configuration (.github/seal-gate.yml)",
      description: "See docs/json-validation.md.",
      type: "object",
      additionalProperties: false,
      required: ["version"],
      properties: {
        version: {
          description: "Configuration format version.",
          const: 1
        },
        json: {
          description: "How the JSON files of evidence packets are validated.",
          type: "object",
          additionalProperties: false,
          properties: {
            rules: {
              description: "Each rule maps globs of repository-relative JSON files to a local schema file. Every matching rule applies.",
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["files", "schema"],
                properties: {
                  files: {
                    anyOf: [
                      { $ref: "#/$defs/glob" },
                      { type: "array", minItems: 1, items: { $ref: "#/$defs/glob" } }
                    ]
                  },
                  schema: { $ref: "#/$defs/path" }
                }
              }
            },
            schemas: {
              description: "Vendored copies of remote schemas: absolute http(s) URL (without fragment) to a repository-relative file.",
              type: "object",
              propertyNames: { type: "string", pattern: "^https?://[^#]+$" },
              additionalProperties: { $ref: "#/$defs/path" }
            }
          }
        }
      },
      $defs: {
        glob: {
          description: "Repository-relative glob: * and ? within a segment, ** as a whole segment.",
          type: "string",
          minLength: 1
        },
        path: {
          description: "Repository-relative, '/'-separated file path.",
          type: "string",
          minLength: 1
        }
      }
    };
  }
});

// src/core/json/glob.ts
function globProblem(pattern) {
  if (pattern === "") return "is empty";
  if (pattern.includes("\\")) return "must use '/' as separator (no backslashes)";
  if (pattern.startsWith("/")) return "must be relative to the repository root (no leading /)";
  if (pattern.startsWith("!")) return "must not start with ! (negation is not supported)";
  if (/[[\]{}]/.test(pattern)) return "uses [ ] or { } which are not supported: write one glob per alternative";
  for (const segment of pattern.split("/")) {
    if (segment === "") return "has an empty path segment";
    if (segment === "." || segment === "..") return `must not contain a '${segment}' segment`;
    if (segment.includes("**") && segment !== "**") return "uses '**' inside a segment: '**' must be a whole segment";
  }
  return null;
}
function wildcardMatch(pattern, items, isStar, matchOne) {
  let p = 0;
  let s = 0;
  let star = -1;
  let mark = 0;
  while (s < items.length) {
    if (p < pattern.length && isStar(pattern[p])) {
      star = p++;
      mark = s;
    } else if (p < pattern.length && matchOne(pattern[p], items[s])) {
      p++;
      s++;
    } else if (star !== -1) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && isStar(pattern[p])) p++;
  return p === pattern.length;
}
function matchSegment(pattern, name) {
  return wildcardMatch(pattern, Array.from(name), (c) => c === "*", (c, ch) => c === "?" || c === ch);
}
function compileGlob(pattern) {
  const problem = globProblem(pattern);
  if (problem !== null) throw new Error(`glob ${JSON.stringify(pattern)} ${problem}`);
  const segments = pattern.split("/").map((s) => s === "**" ? null : Array.from(s));
  return (path) => wildcardMatch(segments, path.split("/"), (seg) => seg === null, (seg, name) => seg !== null && matchSegment(seg, name));
}
var init_glob = __esm({
  "src/core/json/glob.ts"() {
    "use strict";
  }
});

// src/core/json/config.ts
var config_exports = {};
__export(config_exports, {
  DEFAULT_CONFIG_PATH: () => DEFAULT_CONFIG_PATH,
  MAX_CONFIG_BYTES: () => MAX_CONFIG_BYTES,
  loadConfig: () => loadConfig,
  parseConfig: () => parseConfig,
  schemasForFile: () => schemasForFile
});
function lineOf(doc, counter, pointer, key = false) {
  const tokens = pointerTokens(pointer).map((t) => /^(0|[1-9][0-9]*)$/.test(t) ? Number(t) : t);
  for (let n = tokens.length; n >= 0; n--) {
    let node;
    if (key && n === tokens.length && n > 0) {
      const parent = n === 1 ? doc.contents : doc.getIn(tokens.slice(0, n - 1), true);
      const pair = parent?.items?.find(
        (p) => (0, import_yaml.isNode)(p.key) && p.key.value === tokens[n - 1]
      );
      node = pair?.key;
    } else {
      node = n === 0 ? doc.contents : doc.getIn(tokens.slice(0, n), true);
    }
    const range = (0, import_yaml.isNode)(node) ? node.range : void 0;
    if (range) {
      const p = counter.linePos(range[0]);
      return { line: p.line, column: p.col };
    }
  }
  return null;
}
function parseConfig(text, file = DEFAULT_CONFIG_PATH) {
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    merge: false,
    version: "1.2",
    schema: "core"
  });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem !== void 0) {
    const p = counter.linePos(problem.pos[0]);
    throw new ConfigError(`invalid YAML: ${problem.message}`, file, p.line, p.col);
  }
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError(`invalid YAML: ${e.message}`, file);
  }
  validateConfig ??= new Ajv20202({ allErrors: true, strict: true, logger: false, validateSchema: false }).compile(config_schema_default);
  if (!validateConfig(raw)) {
    const errors = describeErrors(validateConfig.errors, raw);
    const first = errors[0];
    const where = first === void 0 ? null : lineOf(doc, counter, first.pointer, first.atKey);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? "s" : ""})` : "";
    throw new ConfigError(
      `${first?.message ?? "does not match the configuration schema"}${more}`,
      file,
      where?.line ?? null,
      where?.column ?? null
    );
  }
  const config = raw;
  const rules = [];
  for (const [index, rule] of (config.json?.rules ?? []).entries()) {
    const globs = typeof rule.files === "string" ? [rule.files] : rule.files;
    const matchers = [];
    for (const [g, glob] of globs.entries()) {
      const bad = globProblem(glob);
      if (bad !== null) {
        const at = lineOf(doc, counter, typeof rule.files === "string" ? `/json/rules/${index}/files` : `/json/rules/${index}/files/${g}`);
        throw new ConfigError(`/json/rules/${index}/files: glob ${JSON.stringify(glob)} ${bad}`, file, at?.line ?? null, at?.column ?? null);
      }
      matchers.push(compileGlob(glob));
    }
    const badPath = repoPathProblem(rule.schema);
    const ruleAt = lineOf(doc, counter, `/json/rules/${index}`);
    if (badPath !== null) {
      const at = lineOf(doc, counter, `/json/rules/${index}/schema`);
      throw new ConfigError(`/json/rules/${index}/schema: path ${JSON.stringify(rule.schema)} ${badPath}`, file, at?.line ?? null, at?.column ?? null);
    }
    rules.push({
      files: globs,
      schema: rule.schema,
      line: ruleAt?.line ?? null,
      matches: (path) => matchers.some((m) => m(path))
    });
  }
  const vendored = /* @__PURE__ */ new Map();
  for (const [url, path] of Object.entries(config.json?.schemas ?? {})) {
    const bad = repoPathProblem(path);
    if (bad !== null) {
      const at = lineOf(doc, counter, `/json/schemas/${url.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      throw new ConfigError(`/json/schemas: path ${JSON.stringify(path)} for ${url} ${bad}`, file, at?.line ?? null, at?.column ?? null);
    }
    vendored.set(url, path);
  }
  return { file, rules, vendored };
}
function loadConfig(files, path) {
  const repo = repoFilesOf(files);
  const file = path ?? DEFAULT_CONFIG_PATH;
  let bytes;
  try {
    bytes = repo.read(file, MAX_CONFIG_BYTES);
  } catch (e) {
    if (e instanceof RepoFileError) throw new ConfigError(`configuration file: ${e.message}`, file);
    throw e;
  }
  if (bytes === null) {
    if (path === void 0) return null;
    throw new ConfigError(`configuration file not found${inWhere(repo)}`, file);
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError("configuration file is not valid UTF-8", file);
  }
  const config = parseConfig(text, file);
  const check2 = (schema, what, line) => {
    let found;
    try {
      found = repo.read(schema);
    } catch (e) {
      if (e instanceof RepoFileError) throw new ConfigError(`${what}: ${e.message}`, file, line);
      throw e;
    }
    if (found === null) throw new ConfigError(`${what}: schema file ${schema} not found${inWhere(repo)}`, file, line);
  };
  for (const rule of config.rules) check2(rule.schema, `rule for ${rule.files.join(", ")}`, rule.line);
  for (const [url, schema] of config.vendored) check2(schema, `vendored copy of ${url}`, null);
  return config;
}
var import_yaml, MAX_CONFIG_BYTES, validateConfig;
var init_config = __esm({
  "src/core/json/config.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist2(), 1);
    init_config_schema();
    init_ajv_classes();
    init_ajv_messages();
    init_config_error();
    init_glob();
    init_pointer();
    init_loaded_config();
    init_repo_files();
    init_loaded_config();
    MAX_CONFIG_BYTES = 1024 * 1024;
  }
});

// src/cli/main.ts
import { resolve as resolve4 } from "node:path";

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

// src/cli/main.ts
init_config_error();

// src/core/usage-error.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/core/seal-packet.ts
import { rename, writeFile, rm } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/core/fs-source.ts
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/core/digest-batch.ts
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
    return new Promise((resolve5) => this.waiters.push(resolve5));
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
  return new Promise((resolve5, reject) => {
    open2({
      hashed: (_i, digests, at, bytes) => resolve5({ sha256: hexOf(digests, at), bytes }),
      failed: (_i, e) => reject(e)
    }).add(absPath);
  });
}
var HEX = "0123456789abcdef";
function hexOf(digests, at) {
  return Buffer.from(digests.buffer, digests.byteOffset + at, 32).toString("hex");
}
function sameDigest(hex2, digests, at, length = 32) {
  if (hex2.length !== 2 * length || at + length > digests.length) return false;
  for (let i = 0; i < length; i++) {
    const b = digests[at + i];
    if (hex2.charCodeAt(2 * i) !== HEX.charCodeAt(b >> 4) || hex2.charCodeAt(2 * i + 1) !== HEX.charCodeAt(b & 15)) return false;
  }
  return true;
}

// src/core/disk-path.ts
import { lstat } from "node:fs/promises";
import { join } from "node:path";

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
      stat = await lstat(join(root, step));
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
var IDLE_MS = 1e3;
var THREAD_YOUNG_MB = 2;
var THREADS_AFTER_FILES = 16;
var THREADS_AFTER_BYTES = 8 << 20;
var HERE_FILES = THREADS_AFTER_FILES;
var HERE_BYTES = 256 << 10;
var builtins = { "node:fs": fs, "node:crypto": crypto, "node:worker_threads": workerThreads };
function secondLength(options) {
  if (options?.second === void 0) return 0;
  return options.second.algorithm === "sha1" ? 20 : 32;
}
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
      await new Promise((resolve5) => {
        this.readyWaiters.push(resolve5);
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
    const problem = jobs === void 0 ? "a reply to no batch in hand" : replyProblem(message, jobs.length, secondLength(jobs[0].options));
    if (problem !== null) return this.onGone(slot, new Error(`hash thread returned ${problem}`), true);
    slot.batches.delete(message.id);
    const { digests, seconds, sizes, failures, kept } = message;
    const width = secondLength(jobs[0].options);
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
        entries = await readdir(join2(packetDir, rel), { withFileTypes: true });
        if (entries.some((e) => e.name.includes("\uFFFD"))) entries = await readdir(join2(packetDir, rel), { withFileTypes: true, encoding: "buffer" });
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

// src/core/repo-root.ts
import { existsSync } from "node:fs";
import { dirname, join as join3, relative, resolve, sep } from "node:path";
function findRepoRoot(start) {
  let dir = resolve(start);
  for (; ; ) {
    if (existsSync(join3(dir, ".git"))) return dir;
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

// src/core/seal-references.ts
import { readFile } from "node:fs/promises";
import { join as join5 } from "node:path";

// src/core/references.ts
import { join as join4 } from "node:path";

// src/core/diagnose/diagnose.ts
init_finding();

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
function describeCharacter(codePoint, quote2 = false) {
  const hex2 = codePoint.toString(16).toUpperCase().padStart(4, "0");
  const name = CHARACTER_NAMES[codePoint] ?? MORE_NAMES[codePoint];
  const shown = quote2 && codePoint >= 32 && codePoint < 127 ? ` '${String.fromCharCode(codePoint)}'` : "";
  return `${name === void 0 ? `U+${hex2}` : `U+${hex2} ${name}`}${shown}`;
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
function lineAt(bytes, offset) {
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
    line: onlyTruncated ? lineAt(actual, actual.length) : null,
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
  const search = searchSubstitutions(actual, sealed);
  if (search.found !== null) return provenSubstitution(actual, search.found);
  return clean(suspect(actual, sealed, outcome.sameLength, search));
}
function driftLine(actual, sealedBytes) {
  return lineAt(actual, firstDifference(actual, sealedBytes));
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
    line: lineAt(actual, sealed.bytes),
    detail: `${count(actual.length - sealed.bytes, "byte")} ${actual.length - sealed.bytes === 1 ? "was" : "were"} appended after the sealed content (proven: the first ${count(sealed.bytes, "byte")} have the sealed sha256)`
  });
}
function provenSubstitution(actual, found) {
  const [first] = found.sites;
  const line = driftLine(actual, found.bytes);
  const ascii2 = new TextDecoder().decode(actual.subarray(first.offset, first.offset + first.length));
  const more = found.sites.length > 1 ? ` (and ${found.sites.length - 1} more of ${found.cls.name})` : "";
  const restoring = found.sites.length > 1 ? "restoring them" : "restoring it";
  return clean({
    causes: ["unicode"],
    evidence: "proven",
    line,
    detail: `Line ${line}: ${describeCharacter(first.original)} became '${ascii2}'${more} (proven: ${restoring} gives back the sealed sha256)`
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
init_finding();
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

// src/core/schemas/seal.schema.json
var seal_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://seal-gate.invalid/schemas/seal-v1.schema.json",
  title: "seal-gate seal, format v1",
  description: "The seal of one packet: every regular file under the packet directory except the seal file itself and anything under a .git, with its sha256 and length (or a reference to a canonical file elsewhere in the repository), and the tree hash over them. Specified in docs/seal-format.md.",
  type: "object",
  required: ["seal", "algorithm", "tree", "files"],
  additionalProperties: false,
  properties: {
    seal: { const: 1, description: "Seal format version." },
    algorithm: { const: "sha256", description: "Hash algorithm of every digest in the seal." },
    tree: { $ref: "#/$defs/sha256", description: "sha256 of the lines '<sha256>  <path>\\n' over all files, in order." },
    files: {
      type: "array",
      items: { $ref: "#/$defs/file" }
    }
  },
  $defs: {
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
    file: {
      type: "object",
      required: ["path", "sha256", "bytes"],
      additionalProperties: false,
      properties: {
        path: {
          type: "string",
          minLength: 1,
          maxLength: 4096,
          description: "Relative, '/'-separated; no empty, '.' or '..' segment, no backslash, no control character."
        },
        ref: {
          type: "string",
          minLength: 1,
          maxLength: 4096,
          description: "A reference: the repository-relative path of the canonical file that stands for 'path' (not inside the packet); sha256 and bytes are that file's. Same path rules as 'path'."
        },
        sha256: { $ref: "#/$defs/sha256" },
        bytes: { type: "integer", minimum: 0, maximum: 9007199254740991 }
      }
    }
  }
};

// src/core/seal-file.ts
import { isUtf8 } from "node:buffer";

// src/core/ajv.ts
var import__ = __toESM(require__(), 1);
var Ajv2020 = import__.default.default ?? import__.default;
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

// src/core/seal-file.ts
init_finding();

// src/core/doubled.ts
function doubled(column, make) {
  const grown = make(column.length * 2);
  grown.set(column);
  return grown;
}

// src/core/seal-entries.ts
var HEX2 = /^[0-9a-f]{64}$/;
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
    if (!HEX2.test(sha256)) throw new Error("internal: a seal entry digest that is not 64 lowercase hex characters");
    const i = this.reserve();
    this.digests.write(sha256, 32 * i, "hex");
    this.append(i, path, ref, bytes);
  }
  /** Appends an entry whose digest is the 64 lowercase hex characters `hex[at, at + 64)` (ASCII bytes). */
  addHexBytes(path, ref, hex2, at, bytes) {
    const i = this.reserve();
    for (let b = 0; b < 32; b++) this.digests[32 * i + b] = nibble(hex2[at + 2 * b]) << 4 | nibble(hex2[at + 2 * b + 1]);
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
      const hex2 = this.digests.toString("hex", 32 * from, 32 * to);
      for (let i = from; i < to; i++) yield this.entryWith(i, hex2.slice(64 * (i - from), 64 * (i - from + 1)));
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

// src/core/seal-file.ts
var SEAL_VERSION = 1;
var DEFAULT_SEAL_FILE = "seal.json";
var validators;
function schemaValidators() {
  if (validators === void 0) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateSchema: false });
    const seal = ajv.compile(seal_schema_default);
    const entry = ajv.getSchema(`${seal_schema_default.$id}#/$defs/file`);
    if (entry === void 0) throw new Error("internal: the seal schema has no file definition");
    validators = { seal, entry };
  }
  return validators;
}
function validateSchema(value) {
  const { seal } = schemaValidators();
  return seal(value) ? [] : describeAjvErrors(seal.errors);
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
  const hex2 = literal(head, 0, head.length, HEAD_START);
  if (hex2 < 0 || !lowerHex(head, hex2) || literal(head, hex2 + 64, head.length, HEAD_END) !== head.length) return null;
  const tree = Buffer.from(head.buffer, head.byteOffset + hex2, 64).toString("latin1");
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
  const { entry: valid } = schemaValidators();
  if (!valid(value) || canonicalEntryText(value) !== text) return false;
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
  const hex2 = at;
  at = literal(entry, at + 64, end, BYTES_KEY);
  if (at < 0) return false;
  let bytes = 0;
  const digits = at;
  while (at < end && entry[at] >= 48 && entry[at] <= 57) bytes = bytes * 10 + (entry[at++] - 48);
  const count2 = at - digits;
  if (count2 === 0 || count2 > 16 || count2 > 1 && entry[digits] === 48 || bytes > Number.MAX_SAFE_INTEGER) return false;
  if (literal(entry, at, end, ENTRY_CLOSE) !== end) return false;
  into.addHexBytes(path.text, ref?.text, entry, hex2, bytes);
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
  return index < 0 ? null : lineAt2(text, index);
}
function lineAt2(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function firstDifferentLine(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return lineAt2(a, i);
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

// src/core/selftest.ts
import { createHash as createHash4 } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile as readFile2, rm as rm2, symlink, unlink, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join11 } from "node:path";

// src/core/verify.ts
import { resolve as resolve2 } from "node:path";

// src/core/discover.ts
init_finding();
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

// src/core/verify.ts
init_finding();

// src/core/packet-json.ts
init_finding();
import { join as join9 } from "node:path";

// src/core/json/check-json.ts
init_finding();
init_ajv_messages();
init_config_error();
init_loaded_config();
init_repo_files();
init_strict_parse();
var MAX_SCHEMA_FINDINGS = 100;
function isCheckedJsonFile(file, config) {
  return file.toLowerCase().endsWith(".json") || schemasForFile(config, file).length > 0;
}
function createSchemaRegistry(repoRoot, config, files) {
  let registry;
  return () => registry ??= Promise.resolve().then(() => (init_schema_registry(), schema_registry_exports)).then((m) => new m.SchemaRegistry({ repoRoot, config, files }));
}
async function checkJsonFiles(files, options) {
  const registry = options.registry ?? createSchemaRegistry(options.repoRoot, options.config, options.files);
  const out = [];
  for (const { file, bytes } of files) {
    if (!isCheckedJsonFile(file, options.config)) continue;
    const parsed = strictParse(file, bytes);
    if (!parsed.ok) {
      out.push(...parsed.problems);
      continue;
    }
    if (schemasForFile(options.config, file).length === 0 && declaredSchema(parsed.value) === void 0) continue;
    out.push(...validateParsed(file, parsed.value, parsed.positions, options.config, await registry()));
  }
  return out.sort(compareFindings);
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
function declaredSchema(value) {
  const declared = value !== null && typeof value === "object" && !Array.isArray(value) ? value.$schema : void 0;
  return typeof declared === "string" ? declared : void 0;
}
function validateParsed(file, value, positions, config, registry) {
  const out = [];
  const schemas = [];
  for (const path of schemasForFile(config, file)) schemas.push(registry.forFile(path));
  const declared = declaredSchema(value);
  if (declared !== void 0) {
    const at = positions.values.get("/$schema") ?? { line: 1, column: 1 };
    const fail = (message) => {
      out.push(finding("schema", file, `/$schema: ${message}`, { line: at.line, column: at.column }));
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
      const p = positionOf(positions, d.pointer, d.atKey);
      if (index === MAX_SCHEMA_FINDINGS) {
        out.push(
          finding("schema", file, `${described.length - MAX_SCHEMA_FINDINGS} more schema violations not shown${suffix}`, {
            line: p.line,
            column: p.column
          })
        );
        break;
      }
      out.push(finding("schema", file, d.message + suffix, { line: p.line, column: p.column }));
    }
  }
  return out;
}

// src/core/packet-json.ts
init_loaded_config();
init_repo_files();
var JSON_FILE_LIMIT = 64 << 20;
async function prepareJsonCheck(repoRoot, configPath, files = diskFiles(repoRoot)) {
  const config = configPath === void 0 && defaultConfigAbsent(files) ? null : (await Promise.resolve().then(() => (init_config(), config_exports))).loadConfig(files, configPath);
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
  const inputs = [];
  for (const path of paths) {
    const file = at(path);
    if (!isCheckedJsonFile(file, check2.config)) continue;
    try {
      inputs.push({ file, bytes: await source.read(join9(packetAbs, path), JSON_FILE_LIMIT) });
    } catch (e) {
      out.push(finding("json", file, `${path}: cannot be checked as JSON: ${e.message}`));
    }
  }
  out.push(...await checkJsonFiles(inputs, { repoRoot: check2.repoRoot, config: check2.config, registry: check2.registry }));
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

// src/core/report.ts
function reportOk(packets, findings, shard) {
  const something = packets.length > 0 || shard !== void 0 && shard.total > 0;
  return something && findings.length === 0 && packets.every((p) => p.ok && p.findings.length === 0);
}
function countFindings(report) {
  return report.findings.length + report.packets.reduce((n, p) => n + p.findings.length, 0);
}

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

// src/core/verify-packet.ts
import { join as join10, sep as sep2 } from "node:path";

// src/core/diagnose/from-history.ts
init_finding();

// src/core/diagnose/compare-sealed.ts
init_finding();

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
    const escape2 = jsonEscape(was.cp);
    if (startsWithEscape(file.bytes, file.at, file.end, escape2)) {
      out.push({ cause: "ensure-ascii", actual: escape2.length, sealed: was.length, what: () => `${describeCharacter(was.cp)} became the JSON escape ${escape2}` });
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
  const line = lineAt(actual, offset);
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
init_finding();
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
    this.pathOf = sep2 === "/" ? (path) => prefix + path : (path) => join10(abs, path);
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
    return new Promise((resolve5) => {
      this.finished = () => resolve5(this);
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
  const abs = join10(target.abs, sealFileName);
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
  const { diagnosis, bytes } = await diagnoseFile(source, join10(target.abs, entry.path), entry, digest);
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
  const path = join11(dir, file);
  await writeFile2(path, change(await readFile2(path, "utf8")));
};
var ensureAscii = (text) => text.replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
async function readSeal2(dir) {
  const value = JSON.parse(await readFile2(join11(dir, DEFAULT_SEAL_FILE), "utf8"));
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
    drift: (dir) => unlink(join11(dir, "scripts/commands.sh"))
  },
  {
    name: "NFD normalization",
    expected: { kind: "mismatch", file: `${PACKET}/report.md`, cause: "unicode" },
    drift: edit("report.md", (t) => t.normalize("NFD"))
  },
  {
    name: "extra file",
    expected: { kind: "extra", file: `${PACKET}/notes.txt` },
    drift: (dir) => writeFile2(join11(dir, "notes.txt"), "added after sealing\n")
  },
  {
    // The link points at the very bytes that were sealed: only a gate that never follows links fails it.
    name: "symlink",
    expected: { kind: "unsafe", file: `${PACKET}/report.md` },
    drift: async (dir) => {
      const outside = join11(dirname3(dir), `${dir.split(/[/\\]/).pop()}.report.md`);
      await cp(join11(dir, "report.md"), outside);
      await unlink(join11(dir, "report.md"));
      await symlink(outside, join11(dir, "report.md"));
    }
  },
  {
    name: "non-canonical seal",
    expected: { kind: "seal", file: `${PACKET}/${DEFAULT_SEAL_FILE}` },
    drift: async (dir) => writeFile2(join11(dir, DEFAULT_SEAL_FILE), JSON.stringify(await readSeal2(dir)))
  },
  {
    // A file changed and its entry updated to match, but not the tree value.
    name: "tree tamper",
    expected: { kind: "tree", file: `${PACKET}/${DEFAULT_SEAL_FILE}` },
    drift: async (dir) => {
      const sealed = await readSeal2(dir);
      const changed = Buffer.from('#!/bin/sh\nset -eu\necho "OVERALL FAIL"\n');
      await writeFile2(join11(dir, "scripts/commands.sh"), changed);
      const sha256 = createHash4("sha256").update(changed).digest("hex");
      const files = [...sealed.files].map((f) => f.path === "scripts/commands.sh" ? { ...f, sha256, bytes: changed.length } : f);
      await writeFile2(join11(dir, DEFAULT_SEAL_FILE), canonicalSealText({ ...sealed, files: SealEntries.of(files) }));
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
  const root = await mkdtemp(join11(options.tmpRoot ?? tmpdir(), "seal-gate-selftest-"));
  try {
    const control = join11(root, "control");
    const files = {
      ...Object.fromEntries(Object.entries(CONTROL).map(([path, text]) => [`${PACKET}/${path}`, text])),
      [CANONICAL.path]: CANONICAL.text
    };
    await writeRepo(control, files);
    await sealPacket(join11(control, PACKET), DEFAULT_SEAL_FILE, { repoRoot: control, references: /* @__PURE__ */ new Map([["scripts/validate.sh", CANONICAL.path]]) });
    const sealPath = `${PACKET}/${DEFAULT_SEAL_FILE}`;
    files[sealPath] = await readFile2(join11(control, sealPath));
    const controlReport = await verifyCopy(control);
    const controlPassed = controlReport.ok && allFindings(controlReport).length === 0;
    const classes = await Promise.all(DRIFT_CLASSES.map((drift, i) => runClass(join11(root, `drift-${i + 1}`), files, drift)));
    return { passed: controlPassed && classes.every(classPassed), controlPassed, classes };
  } finally {
    await rm2(root, { recursive: true, force: true });
  }
}
async function writeRepo(dir, files) {
  for (const folder of new Set(Object.keys(files).map((path) => dirname3(join11(dir, path))))) await mkdir(folder, { recursive: true });
  await Promise.all(Object.entries(files).map(([path, bytes]) => writeFile2(join11(dir, path), bytes)));
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
    await drift.drift(join11(copy, PACKET));
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
  return verify({ paths: [join11(repo, PACKET)], cwd: repo, repoRoot: repo });
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
init_finding();
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

// src/git/verify-committed.ts
init_finding();

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
  return new Promise((resolve5, reject) => {
    const child = execFile(
      "git",
      [...SAFE_CONFIG, ...args],
      { cwd, encoding: "buffer", maxBuffer: MAX_OUTPUT, env: env() },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.toString("utf8").trim().split("\n").pop() || error.message;
          reject(new GitError(`git ${args[0]} failed: ${detail}`));
        } else resolve5(stdout);
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

// src/git/commit-files.ts
init_repo_files();

// src/git/committed-path.ts
function lookUpCommitted(tree, path) {
  for (let end = path.indexOf("/"); end >= 0; end = path.indexOf("/", end + 1)) {
    const step = path.slice(0, end);
    const entry2 = tree.entries.get(step);
    if (entry2 !== void 0) return { at: "below", step, entry: entry2 };
  }
  const entry = tree.entries.get(path);
  if (entry !== void 0) return { at: "entry", entry };
  const prefix = `${path}/`;
  for (const name of tree.entries.keys()) if (name.startsWith(prefix)) return { at: "folder" };
  return { at: "absent" };
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

// src/git/tree-listing.ts
import { isUtf8 as isUtf82 } from "node:buffer";
function entryKind(mode) {
  if (mode === "120000") return "symlink";
  if (mode === "160000") return "submodule";
  if (/^100[0-7]{3}$/.test(mode)) return "file";
  return "other";
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

// src/git/worktree-cause.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join12 } from "node:path";
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
      worktree = await readFile3(join12(repoRoot, path));
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
import { isAbsolute, join as join13, relative as relative2, sep as sep3 } from "node:path";

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
  const [[k0, version2], [k1, oid], [k2, size]] = pairs;
  if (k0 !== "version" || k1 !== "oid" || k2 !== "size" || !VERSIONS.has(version2)) return null;
  const hex2 = /^sha256:([0-9a-f]{64})$/.exec(oid);
  if (hex2 === null || !/^(0|[1-9][0-9]{0,15})$/.test(size)) return null;
  const bytesOf = Number(size);
  if (!Number.isSafeInteger(bytesOf)) return null;
  return { sha256: hex2[1], bytes: bytesOf };
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
    return new Promise((resolve5, reject) => {
      this.queue.push({ oid, consume, resolve: resolve5, reject });
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
    const abs = (rel) => rel === "." ? this.options.repoRoot : join13(this.options.repoRoot, rel);
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
    for (const entry of this.tree.entries.values()) {
      if (!entry.path.startsWith(prefix)) continue;
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
    const width = this.options.objectFormat === "sha1" ? 20 : 32;
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
        worktree.add(sep3 === "/" ? this.top + file.path : join13(this.options.repoRoot, file.path), file.entry.size);
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
    const rel = this.relativePath(join13(root, path));
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
init_finding();
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
    const base = await blobs.read(entry.oid, 64 << 20);
    const head = now !== void 0 && now.kind === "file" ? await blobs.read(now.oid, 64 << 20) : null;
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
      const slash = dir.lastIndexOf("/");
      dir = slash < 0 ? "." : dir.slice(0, slash);
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
    const cp2 = c.charCodeAt(0);
    return cp2 <= 255 ? `\\x${cp2.toString(16).padStart(2, "0")}` : `\\u{${cp2.toString(16)}}`;
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
  const ordered = [...new Set(dirs.map((d) => resolve4(io.cwd, d)))].sort((a, b) => b.split("/").length - a.split("/").length);
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
