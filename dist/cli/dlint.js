#!/usr/bin/env node
import { createRequire as __dlintCreateRequire } from 'node:module';
const require = __dlintCreateRequire(import.meta.url);

// src/cli-bundle.ts
import module from "node:module";
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/code-cache.ts
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";

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
  return base ? path.join(base, "dlint") : null;
}
function home() {
  try {
    const dir = os.homedir();
    return dir ? path.join(dir, ".cache") : "";
  } catch {
    return "";
  }
}
function requireCached(file, options = {}) {
  const loader = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (options.dynamicImport && !loader) return createRequire(file)(file);
  const source = fs.readFileSync(file, "latin1");
  const dir = cacheDir();
  const stat = fs.statSync(file);
  const prefix = `${path.basename(path.dirname(file))}-`;
  const key = `${prefix}${stat.size}-${Math.trunc(stat.mtimeMs)}-dlint${VERSION}-node${process.version}-${process.arch}`;
  const cacheFile = dir && path.join(dir, `${key}.v8cache`);
  let cachedData;
  try {
    if (cacheFile) cachedData = fs.readFileSync(cacheFile);
  } catch {
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    cachedData,
    ...options.dynamicImport ? { importModuleDynamically: loader } : {}
  });
  const module2 = { exports: {} };
  script.runInThisContext().call(module2.exports, module2.exports, createRequire(file), module2, file, path.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once("beforeExit", () => writeCache(dir, prefix, cacheFile, script));
  }
  return module2.exports;
}
function writeCache(dir, prefix, cacheFile, script) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
    const monthAgo = Date.now() - 30 * 24 * 3600 * 1e3;
    for (const name of fs.readdirSync(dir)) {
      const other = path.join(dir, name);
      if (name.startsWith(prefix) && name.endsWith(".v8cache") && other !== cacheFile && fs.statSync(other).mtimeMs < monthAgo) fs.rmSync(other, { force: true });
    }
  } catch {
  }
}

// src/cli/process.ts
import fs2 from "node:fs";
function runInProcess(main) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => fs2.readFileSync(0),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    env: process.env
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
var core = path2.join(path2.dirname(fileURLToPath(import.meta.url)), "core.cjs");
var compileCache = module.enableCompileCache;
var loaded;
if (compileCache) {
  compileCache();
  loaded = module.createRequire(import.meta.url)(core);
} else {
  loaded = requireCached(core, { dynamicImport: true });
}
runInProcess(loaded.main);
