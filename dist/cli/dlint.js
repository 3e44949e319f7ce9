#!/usr/bin/env node
const __dlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// src/cli-bundle.ts
var import_node_module2 = __toESM(require("node:module"), 1);

// node-default:node:path
var node_path_default = require("node:path");

// src/cli-bundle.ts
var import_node_url = require("node:url");

// node-default:node:fs
var node_fs_default = require("node:fs");

// src/code-cache.ts
var import_node_module = require("node:module");

// node-default:node:os
var node_os_default = require("node:os");

// node-default:node:vm
var node_vm_default = require("node:vm");

// package.json
var package_default = {
  name: "dlint",
  version: "0.1.0",
  description: "Dockerfile linter and best-practice checker that knows AI/ML containers",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20"
  },
  bin: {
    dlint: "dist/cli/dlint.js",
    "dlint-language-server": "bin/dlint-language-server.js"
  },
  main: "build/src/index.js",
  types: "build/src/index.d.ts",
  exports: {
    ".": {
      types: "./build/src/index.d.ts",
      default: "./build/src/index.js"
    }
  },
  files: [
    "dist/cli",
    "bin",
    "build/src",
    "build/rules",
    "build/package.json",
    "schema",
    "docs",
    "README.md",
    "LICENSE",
    "THIRD-PARTY-NOTICES",
    "!build/src/action"
  ],
  scripts: {
    compile: "tsc -p .",
    "build:action": "tsx scripts/build-action.ts",
    "build:cli": "tsx scripts/build-cli.ts",
    prepublishOnly: "tsc -p .",
    typecheck: "tsc -p . --noEmit",
    test: "vitest run",
    "test:sarif": "tsx scripts/validate-sarif.ts",
    "test:integration": "bash test/integration/integrations.sh",
    bench: "tsx bench/bench.ts && tsx bench/lsp.ts",
    "fix-corpus": "tsx scripts/fix-corpus.ts",
    docs: "tsx scripts/generate-docs.ts",
    "knowledge:update": "tsx scripts/update-knowledge.ts",
    fuzz: "DLINT_FUZZ_RUNS=5000 vitest run test/fuzz.test.ts"
  },
  dependencies: {
    "@balena/dockerignore": "^1.0.2",
    ajv: "^8.20.0",
    "dockerfile-ast": "^0.7.1",
    "fast-glob": "^3.3.3",
    "fastest-levenshtein": "^1.0.16",
    ignore: "^7.0.17",
    picomatch: "^2.3.2",
    "vscode-languageserver": "^11.0.0",
    "vscode-languageserver-textdocument": "^1.0.16",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@types/node": "^20.19.43",
    "ajv-draft-04": "^1.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    tsx: "^4.23.15",
    typescript: "5.9",
    vitest: "^4.1.12",
    "vscode-jsonrpc": "^10.0.0",
    "vscode-languageserver-protocol": "^3.18.5"
  },
  homepage: "https://github.com/dlint-dev/dlint"
};

// src/version.ts
var VERSION = package_default.version;

// src/code-cache.ts
function cacheDir() {
  if (process.env.DLINT_NO_CODE_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || home();
  return base ? node_path_default.join(base, "dlint") : null;
}
function home() {
  try {
    const dir = node_os_default.homedir();
    return dir ? node_path_default.join(dir, ".cache") : "";
  } catch {
    return "";
  }
}
function requireCached(file, options = {}) {
  const loader = node_vm_default.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (options.dynamicImport && !loader) return (0, import_node_module.createRequire)(file)(file);
  const source = node_fs_default.readFileSync(file, "latin1");
  const dir = cacheDir();
  const stat = node_fs_default.statSync(file);
  const prefix = `${node_path_default.basename(node_path_default.dirname(file))}-`;
  const key = `${prefix}${stat.size}-${Math.trunc(stat.mtimeMs)}-dlint${VERSION}-node${process.version}-${process.arch}`;
  const cacheFile = dir && node_path_default.join(dir, `${key}.v8cache`);
  let cachedData;
  try {
    if (cacheFile) cachedData = node_fs_default.readFileSync(cacheFile);
  } catch {
  }
  const script = new node_vm_default.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    cachedData,
    ...options.dynamicImport ? { importModuleDynamically: loader } : {}
  });
  const module3 = { exports: {} };
  script.runInThisContext().call(module3.exports, module3.exports, (0, import_node_module.createRequire)(file), module3, file, node_path_default.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once("beforeExit", () => {
      if (options.keepWhen?.() ?? true) writeCache(dir, prefix, cacheFile, script);
    });
  }
  return module3.exports;
}
function writeCache(dir, prefix, cacheFile, script) {
  try {
    node_fs_default.mkdirSync(dir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    node_fs_default.writeFileSync(tmp, script.createCachedData());
    node_fs_default.renameSync(tmp, cacheFile);
    const monthAgo = Date.now() - 30 * 24 * 3600 * 1e3;
    for (const name of node_fs_default.readdirSync(dir)) {
      const other = node_path_default.join(dir, name);
      if (name.startsWith(prefix) && name.endsWith(".v8cache") && other !== cacheFile && node_fs_default.statSync(other).mtimeMs < monthAgo) node_fs_default.rmSync(other, { force: true });
    }
  } catch {
  }
}

// src/cli/process.ts
function runInProcess(main, onLint) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => node_fs_default.readFileSync(0),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
    onLint
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`dlint: internal error: ${e instanceof Error ? e.message : String(e)}
`);
      if (process.env.DLINT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}
`);
      process.exitCode = 2;
    }
  );
}

// src/cli-bundle.ts
var core = node_path_default.join(node_path_default.dirname((0, import_node_url.fileURLToPath)(__dlintImportMetaUrl)), "core.cjs");
var compileCache = import_node_module2.default.enableCompileCache;
var loaded;
var linted = false;
if (compileCache) {
  compileCache();
  loaded = import_node_module2.default.createRequire(__dlintImportMetaUrl)(core);
} else {
  loaded = requireCached(core, { dynamicImport: true, keepWhen: () => linted });
}
runInProcess(loaded.main, () => linted = true);
