import { createRequire as __dlintCreateRequire } from 'node:module';
const require = __dlintCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-TJIFSG4X.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// src/types.ts
var SEVERITIES = ["error", "warning", "info", "style"];
function reaches(severity, threshold) {
  return threshold !== "none" && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
function fixLabel(meta) {
  return meta.fixable ? meta.fixKind ?? "yes" : "no";
}

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
    "mvdan-sh": "^0.10.1",
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

// src/suggest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function nearest(word, candidates, maxDistance = 2) {
  let best = null;
  let bestD = maxDistance + 1;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = (0, import_fastest_levenshtein.distance)(w, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

// src/parallel.ts
var PARALLEL_MIN_FILES = 32;

export {
  nearest,
  PARALLEL_MIN_FILES,
  SEVERITIES,
  reaches,
  fixLabel,
  VERSION
};
