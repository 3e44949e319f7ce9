import { createRequire as __dlintCreateRequire } from 'node:module';
const require = __dlintCreateRequire(import.meta.url);
import {
  BUSYBOX_SUPPORTS,
  ConfigError,
  ConfigResolver,
  DEFAULT_EXCLUDES,
  DiscoveryError,
  HADOLINT_FILES,
  HOMEPAGE,
  LEVEL_OVERRIDES,
  PORTABILITY,
  STDIN,
  UNUSED_IGNORE,
  buildModel,
  builtinRules,
  coverageOf,
  fromHadolint,
  lintFiles,
  lintModel,
  loadChildProcess,
  loadCrypto,
  loadWorkerThreads,
  loadYaml,
  migrationYaml,
  parseRuleSetting,
  printableConfig,
  ruleDocUrl,
  ruleMarkdown,
  ruleText,
  rulesCovering,
  systemShellOf,
  unknownRuleMessage,
  unusedIgnoreRule,
  writeAtomic
} from "./chunk-JZRHGP6P.js";
import {
  UsageError,
  errorLines
} from "./chunk-GVWPZNTZ.js";
import {
  VERSION,
  fixLabel,
  reaches
} from "./chunk-2QXF2IPI.js";
import "./chunk-TJIFSG4X.js";

// src/cli/commands.ts
import fs4 from "node:fs";
import os2 from "node:os";
import path5 from "node:path";

// src/cli/quiet.ts
function hideBelowErrors(results) {
  const hidden = {};
  let hiddenFailing = 0;
  const shown = results.map(
    (r) => r.findings.filter((f) => {
      if (f.severity === "error") return true;
      hidden[f.severity] = (hidden[f.severity] ?? 0) + 1;
      if (reaches(f.severity, r.failureThreshold)) hiddenFailing++;
      return false;
    })
  );
  return { shown, hidden, hiddenFailing };
}
function quietFailureNotice(outcome, shownFailing) {
  if (shownFailing || outcome.hiddenFailing === 0) return null;
  const n = outcome.hiddenFailing;
  return `exit 1: ${n} finding${n === 1 ? "" : "s"} hidden by --quiet reach${n === 1 ? "es" : ""} the failure threshold; run without --quiet to see ${n === 1 ? "it" : "them"}, or raise --failure-threshold to error`;
}

// src/diff.ts
function lines(text) {
  const out = text.split("\n");
  if (out[out.length - 1] === "") out.pop();
  else out[out.length - 1] += "\n\\ No newline at end of file";
  return out;
}
function editScript(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops = [];
  for (let k = 0; k < head; k++) ops.push({ kind: " ", line: a[k], a: k + 1, b: k + 1 });
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const lcs = Array.from({ length: x.length + 1 }, () => new Array(y.length + 1).fill(0));
  for (let i2 = x.length - 1; i2 >= 0; i2--) {
    for (let j2 = y.length - 1; j2 >= 0; j2--) {
      lcs[i2][j2] = x[i2] === y[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) ops.push({ kind: " ", line: x[i++], a: head + i, b: head + ++j });
    else if (i < x.length && (j === y.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: "-", line: x[i++], a: head + i, b: head + j });
    else ops.push({ kind: "+", line: y[j++], a: head + i, b: head + j });
  }
  for (let k = tail; k > 0; k--) ops.push({ kind: " ", line: a[a.length - k], a: a.length - k + 1, b: b.length - k + 1 });
  return ops;
}
function unifiedDiff(oldName, newName, oldText, newText, context = 3) {
  const ops = editScript(lines(oldText), lines(newText));
  const changed = ops.flatMap((op, k2) => op.kind === " " ? [] : [k2]);
  if (changed.length === 0) return "";
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k] - context);
    let end = Math.min(ops.length, changed[k] + context + 1);
    while (k + 1 < changed.length && changed[k + 1] - context <= end) end = Math.min(ops.length, changed[++k] + context + 1);
    k++;
    const hunk = ops.slice(start, end);
    const oldLen = hunk.filter((op) => op.kind !== "+").length;
    const newLen = hunk.filter((op) => op.kind !== "-").length;
    const oldStart = oldLen ? hunk.find((op) => op.kind !== "+").a : hunk[0].a;
    const newStart = newLen ? hunk.find((op) => op.kind !== "-").b : hunk[0].b;
    out.push(`@@ -${oldStart},${oldLen} +${newStart},${newLen} @@`, ...hunk.map((op) => op.kind + op.line));
  }
  return out.join("\n") + "\n";
}

// src/shellcheck/positions.ts
function indexOf(script, lineStarts, line, column) {
  const g = line - 1;
  if (g >= script.preambleAt && g < script.preambleAt + script.preambleLines) return null;
  const scriptLine = g < script.preambleAt ? g : g - script.preambleLines;
  const start = lineStarts[scriptLine];
  if (start === void 0) return script.source.text.length;
  const text = script.source.text;
  let i = start;
  for (let c = 1; c < column && i < text.length && text[i] !== "\n"; c++) i += (text.codePointAt(i) ?? 0) > 65535 ? 2 : 1;
  return i;
}
var ScriptPositions = class {
  constructor(script, lines2) {
    this.script = script;
    this.lines = lines2;
    const text = script.source.text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }
  script;
  lines;
  lineStarts = [0];
  /** Script indexes [start, end) of a span; null when it lies in the preamble. */
  span(p) {
    const start = indexOf(this.script, this.lineStarts, p.line, p.column);
    const end = indexOf(this.script, this.lineStarts, p.endLine, p.endColumn);
    if (start === null || end === null) return null;
    return [start, Math.max(start, end)];
  }
  /** File offset of the character at `i`, or just after the last one. */
  offset(i) {
    const o = this.script.source.offsets;
    return i < o.length ? o[i] : o[o.length - 1] + 1;
  }
  range(p) {
    const span = this.span(p);
    if (!span || this.script.source.offsets.length === 0) return null;
    const [s, e] = span;
    const start = this.offset(s);
    const end = e > s ? this.offset(e - 1) + 1 : start;
    return { start: this.lines.position(start), end: this.lines.position(end) };
  }
  /**
   * ShellCheck's replacements as Dockerfile edits; null when one cannot be placed exactly: inside a `sh -c` string
   * (its quoting differs), across a joined continuation, or adding a line break to a continued RUN.
   */
  edits(replacements) {
    if (this.script.nested) return null;
    const edits = [];
    for (const r of replacements) {
      const span = this.span(r);
      if (!span || r.replacement.includes("\n") && !this.contiguous(0, this.script.source.text.length)) return null;
      if (!this.contiguous(Math.max(span[0] - 1, 0), span[1])) return null;
      const range = this.range(r);
      if (!range) return null;
      edits.push({ range, text: r.replacement });
    }
    return edits;
  }
  /** The characters from..to (inclusive, clamped) sit next to each other in the file. */
  contiguous(from, to) {
    const o = this.script.source.offsets;
    for (let i = from; i < Math.min(to, o.length - 1); i++) if (o[i + 1] !== o[i] + 1) return false;
    return true;
  }
};

// src/shellcheck/process.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var FILES_PER_PROCESS = 2e3;
function runShellCheck(binary, texts, excludes) {
  const out = texts.map(() => []);
  if (texts.length === 0) return out;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlint-shellcheck-"));
  try {
    for (let from = 0; from < texts.length; from += FILES_PER_PROCESS) {
      const names = [];
      for (let i = from; i < Math.min(texts.length, from + FILES_PER_PROCESS); i++) {
        const name = `${i}.sh`;
        fs.writeFileSync(path.join(dir, name), texts[i]);
        names.push(name);
      }
      const args = ["--norc", "--format=json1", ...excludes.length ? [`--exclude=${excludes.join(",")}`] : [], ...names];
      const res = loadChildProcess().spawnSync(binary, args, { cwd: dir, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
      let parsed;
      try {
        parsed = JSON.parse(res.stdout ?? "");
      } catch {
        throw new Error(`ShellCheck (${binary}) failed: ${(res.error?.message ?? res.stderr ?? "").trim() || `exit status ${res.status}`}`);
      }
      for (const c of parsed.comments) {
        const index = Number(path.basename(c.file, ".sh"));
        out[index]?.push(c);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

// src/shellcheck/dialect.ts
var BY_NAME = { bash: "bash", dash: "dash", ash: "dash", busybox: "dash", ksh: "ksh", mksh: "ksh" };
function shellName(word) {
  const name = word.toLowerCase().split(/[\\/]/).pop();
  return name === "sh" || name in BY_NAME ? name : null;
}
function shellFacts(shell, image) {
  if (shell !== "sh") return { dialect: BY_NAME[shell] ?? "sh", busybox: shell === "ash" || shell === "busybox", known: true };
  const system = image ? systemShellOf(image) : null;
  if (system === "busybox") return { dialect: "dash", busybox: true, known: true };
  return { dialect: system ?? "sh", busybox: false, known: system !== null };
}
function shellOfList(shell) {
  for (const word of shell) {
    const name = shellName(word);
    if (name) return name;
  }
  return null;
}

// src/shellcheck/scripts.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function scriptsOf(model) {
  const out = [];
  for (const instruction of model.instructionsWithTriggers) {
    const script = instruction.keyword === "RUN" ? instruction.run?.script : null;
    if (!script) continue;
    const image = instruction.stage?.rootImage.name ?? null;
    const names = [...instruction.state.env.keys()].filter((n) => NAME.test(n)).sort();
    const own = shellOfList(instruction.state.shell);
    if (own && script.source.text.trim()) out.push(checked(instruction, script.source, false, shellFacts(own, image), names, false));
    for (const body of script.nested) {
      const shell = shellName(body.shell);
      if (shell && body.source.text.trim()) out.push(checked(instruction, body.source, true, shellFacts(shell, image), names, body.errexit));
    }
  }
  return out;
}
function checked(instruction, source, nested, shell, names, errexit) {
  const shebang = /^#!/.test(source.text);
  const preamble = [...shebang ? [] : [`# shellcheck shell=${shell.dialect}`], ...names.length ? [`export ${names.join(" ")}`] : [], ...errexit ? ["set -e"] : []];
  const lines2 = source.text.split("\n");
  const at = shebang ? 1 : 0;
  const text = [...lines2.slice(0, at), ...preamble, ...lines2.slice(at)].join("\n") + "\n";
  return {
    instruction,
    source,
    nested,
    shell,
    text,
    preambleAt: at,
    preambleLines: preamble.length,
    key: loadCrypto().createHash("sha1").update(text).digest("hex")
  };
}

// src/shellcheck/session.ts
var CACHE_LIMIT = 2e4;
var ShellCheck = class {
  constructor(binary) {
    this.binary = binary;
  }
  binary;
  cache = /* @__PURE__ */ new Map();
  scripts = /* @__PURE__ */ new WeakMap();
  /** ShellCheck processes started (for tests and the benchmark). */
  processes = 0;
  scriptsOf(model) {
    let s = this.scripts.get(model);
    if (!s) this.scripts.set(model, s = scriptsOf(model));
    return s;
  }
  /** Checks, in one process, every script of these files that is not cached yet. */
  prepare(models) {
    const todo = /* @__PURE__ */ new Map();
    for (const model of models) for (const s of this.scriptsOf(model)) if (!this.cache.has(s.key)) todo.set(s.key, s.text);
    if (todo.size === 0) return;
    const keys = [...todo.keys()];
    const results = runShellCheck(this.binary.path, [...todo.values()], DEFAULT_EXCLUDES.map((e) => e.code));
    this.processes += Math.ceil(keys.length / FILES_PER_PROCESS);
    keys.forEach((k, i) => this.cache.set(k, results[i]));
    for (const k of this.cache.keys()) {
      if (this.cache.size <= CACHE_LIMIT) break;
      this.cache.delete(k);
    }
  }
  /** Whether ShellCheck reads this instruction's shell (so dlint's own checks of the same things stand down). */
  checks(model, instruction) {
    return this.scriptsOf(model).some((s) => s.instruction === instruction);
  }
  /** ShellCheck's findings in a file, placed in the Dockerfile; the same finding from an outer and a nested script counts once. */
  findings(model) {
    this.prepare([model]);
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const script of this.scriptsOf(model)) {
      const positions = new ScriptPositions(script, model.lineIndex);
      for (const c of this.cache.get(script.key) ?? []) {
        const range = positions.range(c);
        if (!range) continue;
        const code = `SC${c.code}`;
        if (script.shell.busybox && BUSYBOX_SUPPORTS.has(code)) continue;
        if (!script.shell.known && PORTABILITY.test(code)) continue;
        const key = `${code}:${range.start.line}:${range.start.column}:${range.end.line}:${range.end.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const edits = c.fix ? positions.edits(c.fix.replacements) : null;
        out.push({
          code,
          severity: LEVEL_OVERRIDES[code]?.level ?? c.level,
          message: c.message,
          range,
          instruction: script.instruction,
          // ShellCheck's fixes change words (quoting, `$(…)` for backticks): right nearly always, not provably the same.
          ...edits?.length ? { fix: { description: `ShellCheck's fix for ${code}`, edits, safe: false } } : {}
        });
      }
    }
    return out;
  }
};

// src/lint-worker.ts
var WORKER_ARG = "--dlint-lint-worker";
var threads = process.argv.includes(WORKER_ARG) ? loadWorkerThreads() : null;
if (threads && !threads.isMainThread) {
  const { parentPort } = threads;
  const sessions = /* @__PURE__ */ new Map();
  parentPort.on("message", (jobs) => {
    const models = jobs.map((j) => buildModel(j.file, j.text));
    const checkers = jobs.map((j) => {
      if (!j.shellcheck) return null;
      if (!sessions.has(j.shellcheck.path)) sessions.set(j.shellcheck.path, new ShellCheck(j.shellcheck));
      return sessions.get(j.shellcheck.path);
    });
    for (const sc of new Set(checkers)) if (sc) sc.prepare(models.filter((_, i) => checkers[i] === sc));
    parentPort.postMessage(jobs.map((j, i) => lintModel(models[i], { ...j.options, shellcheck: checkers[i] })));
  });
}
var LintWorkers = class {
  threads;
  constructor(threads2) {
    this.threads = import.meta.url.endsWith(".ts") ? 1 : threads2;
  }
  lint(jobs) {
    return lintInWorkers(jobs, this.threads);
  }
};
function lintInWorkers(jobs, threads2) {
  const results = new Array(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers = [];
    const finish = (error) => {
      for (const w of workers) void w.terminate();
      if (error === void 0) resolve(results);
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const batch = Math.max(8, Math.ceil(jobs.length / (threads2 * 4)));
    const feed = (worker) => {
      const start = next;
      next = Math.min(jobs.length, next + batch);
      if (start < next) worker.postMessage(jobs.slice(start, next));
      return start;
    };
    const { Worker: Thread } = loadWorkerThreads();
    for (let i = 0; i < Math.min(threads2, Math.ceil(jobs.length / batch)); i++) {
      const worker = new Thread(new URL(import.meta.url), { argv: [WORKER_ARG] });
      workers.push(worker);
      let batchStart = feed(worker);
      worker.on("message", (findings) => {
        findings.forEach((f, k) => results[batchStart + k] = f);
        done += findings.length;
        if (done === jobs.length) finish();
        else batchStart = feed(worker);
      });
      worker.on("error", finish);
    }
    if (jobs.length === 0) finish();
  });
}

// src/shellcheck/log-line.ts
function shellcheckLogLine(results) {
  const read = results.filter((r) => r.text !== null);
  const checked2 = read.filter((r) => r.shellcheck !== null);
  const versions = [...new Set(checked2.map((r) => r.shellcheck))];
  if (checked2.length === 0) return "ShellCheck did not run (not found, turned off, or the shellcheck rule is off)";
  return `ShellCheck ${versions.join(", ")} checked the RUN shell of ${checked2.length} of ${read.length} file${read.length === 1 ? "" : "s"}`;
}

// src/shellcheck/binary.ts
import fs2 from "node:fs";
import path2 from "node:path";
var NAMES = process.platform === "win32" ? ["shellcheck.exe", "shellcheck.cmd", "shellcheck"] : ["shellcheck"];
function onPath() {
  for (const dir of (process.env.PATH ?? "").split(path2.delimiter)) {
    if (!dir) continue;
    for (const name of NAMES) {
      const file = path2.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}
function isExecutable(file) {
  try {
    fs2.accessSync(file, fs2.constants.X_OK);
    return fs2.statSync(file).isFile();
  } catch {
    return false;
  }
}
function findShellCheck(configured) {
  const file = configured ?? onPath();
  if (!file) return null;
  const out = loadChildProcess().spawnSync(file, ["--version"], { encoding: "utf8", timeout: 15e3 });
  const version = /^version:\s*(\S+)/m.exec(out.stdout ?? "")?.[1];
  return out.status === 0 && version ? { path: file, version } : null;
}

// src/shellcheck/select.ts
var ShellCheckSelector = class {
  constructor(onNotice = () => {
  }) {
    this.onNotice = onNotice;
  }
  onNotice;
  byPath = /* @__PURE__ */ new Map();
  noticed = false;
  /** Null when off, or (`auto`) when no program is found: that is said once, on the notice channel. */
  select(mode, configuredPath) {
    if (mode === "off") return null;
    const key = configuredPath ?? "";
    if (!this.byPath.has(key)) {
      const binary = findShellCheck(configuredPath);
      this.byPath.set(key, binary ? new ShellCheck(binary) : null);
    }
    const found = this.byPath.get(key);
    if (found) return found;
    const where = configuredPath ?? "`shellcheck` on PATH";
    if (mode === "on") throw new ConfigError(`shellcheck: on, but ${where} is not a working ShellCheck; install it (e.g. apt-get install shellcheck) or set shellcheckPath`);
    if (!this.noticed) {
      this.noticed = true;
      this.onNotice(`ShellCheck not found (${where}): RUN shell is checked by dlint's own rules only; install shellcheck, or set \`shellcheck: off\` to silence this`);
    }
    return null;
  }
  /** The ShellChecks found so far (their `binary` and `processes`). */
  used() {
    return [...this.byPath.values()].filter((s) => s !== null);
  }
};

// src/reporters/paths.ts
import fs3 from "node:fs";
import path3 from "node:path";
function reportRoot(dir) {
  const start = path3.resolve(dir);
  for (let d = start; ; d = path3.dirname(d)) {
    if (fs3.existsSync(path3.join(d, ".git"))) return d;
    if (path3.dirname(d) === d) return start;
  }
}
function rootRelative(file, cwd, root) {
  const abs = path3.resolve(cwd, file);
  const rel = path3.relative(root, abs);
  const outside = rel === "" || rel === ".." || rel.startsWith(`..${path3.sep}`) || path3.isAbsolute(rel);
  return (outside ? abs : rel).split(path3.sep).join("/");
}

// src/reporters/xml.ts
function xmlEscape(s) {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
var XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

// src/reporters/checkstyle.ts
var SEVERITY = { error: "error", warning: "warning", info: "info", style: "info" };
var checkstyleReporter = ({ results, cwd }) => {
  const root = reportRoot(cwd);
  const lines2 = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const { file, findings } of results) {
    lines2.push(`  <file name="${xmlEscape(rootRelative(file, cwd, root))}">`);
    for (const f of findings) {
      const attrs = [
        `line="${f.range.start.line}"`,
        `column="${f.range.start.column}"`,
        `severity="${SEVERITY[f.severity]}"`,
        `message="${xmlEscape(f.message)}"`,
        `source="dlint.${xmlEscape(f.ruleId)}"`
      ];
      lines2.push(`    <error ${attrs.join(" ")}/>`);
    }
    lines2.push("  </file>");
  }
  lines2.push("</checkstyle>");
  return lines2.join("\n") + "\n";
};

// src/reporters/github.ts
var LEVEL = { error: "error", warning: "warning", info: "notice", style: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation(f, file) {
  const { start, end } = f.range;
  const props = [`file=${escapeProperty(file)}`, `line=${start.line}`];
  if (end.line === start.line) props.push(`col=${start.column}`, `endColumn=${Math.max(start.column, end.column - 1)}`);
  props.push(`endLine=${Math.max(start.line, end.line)}`, `title=${escapeProperty(`dlint ${f.ruleId}`)}`);
  return `::${LEVEL[f.severity]} ${props.join(",")}::${escapeData(f.message)}`;
}
var githubReporter = ({ results, cwd }) => {
  const root = reportRoot(cwd);
  const lines2 = results.flatMap(({ file, findings }) => findings.map((f) => annotation(f, rootRelative(file, cwd, root))));
  return lines2.length ? lines2.join("\n") + "\n" : "";
};

// src/reporters/fingerprint.ts
function fingerprints(findings, text, file) {
  const lines2 = text?.replace(/\r\n/g, "\n").split("\n") ?? [];
  const seen = /* @__PURE__ */ new Map();
  const { createHash } = loadCrypto();
  return findings.map((f) => {
    const content = (lines2[f.range.start.line - 1] ?? "").trim();
    const base = createHash("sha256").update(`${f.code ? `${f.ruleId}/${f.code}` : f.ruleId}\0${file}\0${content}`).digest("hex").slice(0, 32);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}

// src/reporters/gitlab.ts
var SEVERITY2 = { error: "critical", warning: "major", info: "minor", style: "info" };
var gitlabReporter = ({ results, cwd }) => {
  const root = reportRoot(cwd);
  const issues = results.flatMap(({ file, text, findings }) => {
    const filePath = rootRelative(file, cwd, root);
    const prints = fingerprints(findings, text, filePath);
    return findings.map((f, i) => ({
      type: "issue",
      description: f.message,
      check_name: f.ruleId,
      fingerprint: prints[i],
      severity: SEVERITY2[f.severity],
      location: { path: filePath, lines: { begin: f.range.start.line, end: Math.max(f.range.start.line, f.range.end.line) } }
    }));
  });
  return JSON.stringify(issues, null, 2) + "\n";
};

// src/reporters/json.ts
var jsonReporter = ({ results }) => {
  const out = results.flatMap(
    ({ findings }) => findings.map((f) => ({
      file: f.file,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
      ...f.code ? { code: f.code } : {},
      ...f.url ? { url: f.url } : {},
      ...f.fix ? {
        fix: {
          description: f.fix.description,
          safe: f.fix.safe,
          edits: f.fix.edits.map((e) => ({
            line: e.range.start.line,
            column: e.range.start.column,
            endLine: e.range.end.line,
            endColumn: e.range.end.column,
            text: e.text
          }))
        }
      } : {},
      ...f.related ? { related: f.related.map((r) => ({ line: r.range.start.line, column: r.range.start.column, endLine: r.range.end.line, endColumn: r.range.end.column, message: r.message })) } : {}
    }))
  );
  return JSON.stringify(out, null, 2) + "\n";
};

// src/reporters/junit.ts
var junitReporter = ({ results, cwd }) => {
  const root = reportRoot(cwd);
  const suites = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const { file, findings, failureThreshold = "warning" } of results) {
    const name = xmlEscape(rootRelative(file, cwd, root));
    const cases = [];
    let suiteFailures = 0;
    for (const f of findings) {
      const where = `${name}:${f.range.start.line}:${f.range.start.column}`;
      const head = `    <testcase classname="${name}" name="${where} ${xmlEscape(f.ruleId)}">`;
      if (reaches(f.severity, failureThreshold)) {
        suiteFailures++;
        cases.push(head, `      <failure message="${xmlEscape(f.message)}" type="${f.severity}">${where} ${f.severity} ${xmlEscape(`${f.ruleId} ${f.message}`)}</failure>`, "    </testcase>");
      } else {
        skipped++;
        cases.push(head, `      <skipped message="${f.severity}: ${xmlEscape(f.message)}"/>`, "    </testcase>");
      }
    }
    if (findings.length === 0) cases.push(`    <testcase classname="${name}" name="${name}"/>`);
    const count = Math.max(1, findings.length);
    tests += count;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${name}" tests="${count}" failures="${suiteFailures}" errors="0" skipped="${findings.length - suiteFailures}">`, ...cases, "  </testsuite>");
  }
  return [XML_DECLARATION, `<testsuites name="dlint" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`, ...suites, "</testsuites>"].join("\n") + "\n";
};

// src/reporters/sarif.ts
import path4 from "node:path";
var LEVEL2 = { error: "error", warning: "warning", info: "note", style: "note" };
var SECURITY_SEVERITY = { error: "8.0", warning: "5.0", info: "3.0", style: "1.0" };
var sarifReporter = ({ results, rules, cwd, sarifCategory }) => {
  const root = reportRoot(cwd);
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const catalogue = rules.map((r) => r.meta);
  for (const id of used) {
    if (!catalogue.some((m) => m.id === id)) {
      catalogue.push({
        id,
        category: "correctness",
        severity: "error",
        preset: "recommended",
        description: id === "io-error" ? "The file could not be read." : "dlint failed on this file.",
        docs: { why: "An error of the linter itself, not of the Dockerfile.", bad: "", good: "" },
        fixable: false,
        covers: []
      });
    }
  }
  const index = new Map(catalogue.map((m, i) => [m.id, i]));
  const sarifRules = catalogue.map((m) => {
    const tags = [m.category, ...m.tags ?? [], ...m.category === "security" ? ["security"] : []].filter((t, i, a) => a.indexOf(t) === i);
    return {
      id: m.id,
      name: sarifName(m.id),
      shortDescription: { text: m.description },
      fullDescription: { text: m.docs.why || m.description },
      help: { text: ruleText(m), markdown: ruleMarkdown(m) },
      helpUri: m.url ?? ruleDocUrl(m.id),
      defaultConfiguration: { level: LEVEL2[m.severity] },
      properties: {
        tags,
        precision: "high",
        // Code scanning ranks an alert as a security finding only with both the tag and this score.
        ...tags.includes("security") ? { "security-severity": SECURITY_SEVERITY[m.severity] } : {}
      }
    };
  });
  const sarifResults = results.flatMap(({ findings, text, file }) => {
    const uri = rootRelative(file, cwd, root);
    const prints = fingerprints(findings, text, uri);
    const artifactLocation = path4.isAbsolute(uri) ? { uri: pathToFileUri(uri) } : { uri: encodePath(uri), uriBaseId: "%SRCROOT%" };
    return findings.map((f, i) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL2[f.severity],
      message: { text: f.message },
      ...f.code ? { properties: { code: f.code, ...f.url ? { helpUri: f.url } : {} } } : {},
      locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
      ...f.related ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: { artifactLocation, region: region(r.range) }, message: { text: r.message } })) } : {},
      partialFingerprints: { "dlintFingerprint/v1": prints[i] },
      ...f.fix ? { fixes: [sarifFix(f.fix, artifactLocation, text?.includes("\r\n") ? "\r\n" : "\n")] } : {}
    }));
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "dlint", version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules: sarifRules } },
        // `category/`: the trailing slash makes the whole id the category that keeps uploads apart.
        automationDetails: { id: `${sarifCategory || "dlint"}/` },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileUri(root)}/` } },
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
};
function region(r) {
  return {
    startLine: r.start.line,
    startColumn: r.start.column,
    endLine: r.end.line,
    endColumn: Math.max(r.end.column, r.end.line === r.start.line ? r.start.column + 1 : 1)
  };
}
function sarifFix(fix, artifactLocation, eol) {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation,
        replacements: fix.edits.map((e) => ({
          deletedRegion: { startLine: e.range.start.line, startColumn: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column },
          insertedContent: { text: e.text.replace(/\r?\n/g, eol) }
        }))
      }
    ],
    properties: { safe: fix.safe }
  };
}
function encodePath(p) {
  return p.split("/").map(encodeURIComponent).join("/");
}
function pathToFileUri(file) {
  const p = path4.resolve(file).split(path4.sep).join("/");
  return `file://${p.startsWith("/") ? "" : "/"}${encodePath(p)}`;
}
function sarifName(id) {
  const name = id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
  return id.includes("-") ? name : `${name}Findings`;
}

// src/reporters/text.ts
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m", style: "\x1B[90m" };
var DIM = "\x1B[2m";
var RESET = "\x1B[0m";
var textReporter = ({ results, color, hidden = {} }) => {
  const lines2 = [];
  const counts = { error: 0, warning: 0, info: 0, style: 0 };
  for (const { findings } of results) {
    for (const f of findings) {
      counts[f.severity]++;
      const where = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
      const sev = color ? `${COLORS[f.severity]}${f.severity}${RESET}` : f.severity;
      const id = color ? `${DIM}${f.ruleId}${RESET}` : f.ruleId;
      lines2.push(`${where} ${sev} ${id} ${f.fix?.safe ? "[*] " : ""}${f.message}`);
    }
  }
  const all = results.flatMap((r) => r.findings);
  const safe = all.filter((f) => f.fix?.safe).length;
  const unsafe = all.filter((f) => f.fix && !f.fix.safe).length;
  const total = counts.error + counts.warning + counts.info + counts.style;
  const files = results.length;
  const parts = ["error", "warning", "info", "style"].map((s) => countOf(counts[s], s));
  const inFiles = `in ${files} file${files === 1 ? "" : "s"}`;
  const left = ["warning", "info", "style"].filter((s) => hidden[s]).map((s) => countOf(hidden[s], s));
  const quiet = left.length ? `; --quiet hid ${left.length > 1 ? `${left.slice(0, -1).join(", ")} and ${left[left.length - 1]}` : left[0]}` : "";
  if (total === 0) lines2.push(quiet ? `No errors ${inFiles}${quiet}.` : `No problems found ${inFiles}.`);
  else lines2.push(`${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")}) ${inFiles}${quiet}.`);
  if (safe > 0) lines2.push(`${safe} fixable with --fix${unsafe > 0 ? ` (${unsafe} more with --fix-unsafe)` : ""}.`);
  else if (unsafe > 0) lines2.push(`${unsafe} fixable with --fix-unsafe.`);
  return lines2.join("\n") + "\n";
};
function countOf(n, s) {
  return `${n} ${s}${n === 1 || s === "info" || s === "style" ? "" : "s"}`;
}

// src/reporters/index.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  gitlab: gitlabReporter,
  checkstyle: checkstyleReporter,
  junit: junitReporter
};
function ruleCatalogue(results) {
  const catalogue = new Map((results[0]?.rules ?? builtinRules).map((r) => [r.meta.id, r]));
  for (const r of results) for (const rule of r.rules) catalogue.set(rule.meta.id, rule);
  if (results.some((r) => r.findings.some((f) => f.ruleId === UNUSED_IGNORE))) catalogue.set(UNUSED_IGNORE, unusedIgnoreRule);
  return [...catalogue.values()];
}

// src/write-fixed.ts
function writeFixedFiles(results, onError) {
  const written = [];
  for (const r of results) {
    if (!r.fixed || r.absolutePath === null || r.output === void 0) continue;
    try {
      writeAtomic(r.absolutePath, r.output);
      written.push(r);
    } catch (e) {
      r.ioError = `cannot write the fixed file (${e.code ?? String(e)})`;
      onError(r);
    }
  }
  return written;
}

// src/cli/commands.ts
var DLINT_CONFIG_FILES = [".dlintrc.json", ".dlintrc.yaml", ".dlintrc.yml", "dlint.config.json"];
async function run(args, io) {
  try {
    return await dispatch(args, io);
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof ConfigError || e instanceof DiscoveryError)) throw e;
    io.stderr(errorLines(e.message));
    return 2;
  }
}
async function dispatch(args, io) {
  switch (args.command.name) {
    case "lint":
      return lintCommand(args, io);
    case "rules":
      return rulesCommand(args, io);
    case "explain":
      return explain(args.operands[0], args, io);
    case "migrate":
      migrate(args.operands[0], { force: args.flag("force") === true, stdout: args.flag("stdout") === true }, io);
      return 0;
    case "lsp": {
      const { startStdioServer } = await import("./main-HOJVRC2U.js");
      startStdioServer();
      return 0;
    }
  }
}
async function rulesCommand(args, io) {
  const rules = await knownRules(args, io);
  const covers = args.string("covers");
  if (args.string("format") === "json") {
    const listed = covers === void 0 ? rules : rulesCovering(covers, rules);
    io.stdout(JSON.stringify(listed.map(({ meta: m }) => ({ id: m.id, category: m.category, severity: m.severity, preset: m.preset, fixable: m.fixable, description: m.description, covers: m.covers })), null, 2) + "\n");
    return listed.length === 0 ? 1 : 0;
  }
  if (covers !== void 0) {
    const found = rulesCovering(covers, rules);
    if (found.length === 0) {
      const reason = coverageOf(covers)?.reason;
      io.stdout(`${covers} is not covered by any dlint rule${reason ? `: ${reason}` : "."}
`);
      return 1;
    }
    io.stdout(found.map((r) => `${covers} is covered by ${r.meta.id} (${r.meta.severity}, ${r.meta.preset}): ${r.meta.description}`).join("\n") + "\n");
    return 0;
  }
  const rows = rules.map((r) => `${r.meta.id.padEnd(28)} ${r.meta.severity.padEnd(8)} ${r.meta.preset.padEnd(12)} ${fixLabel(r.meta).padEnd(7)} ${r.meta.description}`);
  io.stdout(`${"rule".padEnd(28)} ${"severity".padEnd(8)} ${"preset".padEnd(12)} ${"fix".padEnd(7)} description
` + rows.join("\n") + "\n");
  return 0;
}
async function explain(id, args, io) {
  const rules = [...await knownRules(args, io), unusedIgnoreRule];
  const rule = rules.find((r) => r.meta.id === id);
  if (rule) {
    io.stdout(ruleText(rule.meta));
    return 0;
  }
  const covering = rulesCovering(id, rules);
  const entry = coverageOf(id);
  if (covering.length === 0 && !entry) throw new UsageError(unknownRuleMessage(id, rules));
  if (covering.length === 0) {
    io.stdout(`${entry.id} is not covered by any dlint rule${entry.reason ? `: ${entry.reason}` : "."}
`);
    return 1;
  }
  io.stdout(covering.map((r) => `${id} is covered by ${r.meta.id}.

${ruleText(r.meta)}`).join("\n"));
  return 0;
}
async function knownRules(args, io) {
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: args.string("config") }).forFile(null, io.cwd);
  return [...builtinRules, ...config.pluginRules];
}
async function parseRuleFlags(flags, args, io) {
  const out = {};
  let known = builtinRules;
  for (const flag of flags) {
    const eq = flag.indexOf("=");
    const id = eq < 0 ? flag : flag.slice(0, eq);
    const setting = eq < 0 ? null : parseRuleSetting(flag.slice(eq + 1));
    if (!setting) throw new UsageError(`--rule ${flag}: expected ID=off|error|warning|info|style`);
    if (!known.some((r) => r.meta.id === id) && known === builtinRules) known = await knownRules(args, io);
    if (!known.some((r) => r.meta.id === id)) throw new UsageError(unknownRuleMessage(id, known));
    out[id] = setting;
  }
  return out;
}
function reportTargets(args) {
  const targets = args.strings("format").map((value) => {
    const colon = value.indexOf(":");
    const format = colon < 0 ? value : value.slice(0, colon);
    if (!Object.hasOwn(REPORTERS, format)) throw new UsageError(`--format ${value}: unknown format "${format}"; choose one of ${Object.keys(REPORTERS).join(", ")}`);
    if (colon >= 0 && colon === value.length - 1) throw new UsageError(`--format ${value}: name the file after the colon`);
    return { format, file: colon < 0 ? args.string("output") : value.slice(colon + 1) };
  });
  if (targets.filter((t) => t.file === void 0).length > 1) {
    throw new UsageError("only one --format can print to stdout; write the others to files with --format FORMAT:FILE");
  }
  return targets;
}
async function lintCommand(args, io) {
  const targets = reportTargets(args);
  const options = {
    cwd: io.cwd,
    config: args.string("config"),
    preset: args.string("preset"),
    rules: await parseRuleFlags(args.strings("rule"), args, io),
    context: args.string("context"),
    failureThreshold: args.string("failure-threshold"),
    noInlineConfig: args.flag("inline-config") === false ? true : void 0,
    reportUnusedIgnores: args.flag("report-unused-ignores"),
    shellcheck: args.string("shellcheck"),
    shellchecks: new ShellCheckSelector((m) => io.stderr(`dlint: ${m}
`)),
    fix: args.flag("fix-unsafe") ? "unsafe" : args.flag("fix") || args.flag("fix-dry-run") ? "safe" : void 0,
    onNotice: (m) => io.stderr(`dlint: ${m}
`),
    onSkip: args.flag("verbose") ? (s) => io.stderr(`dlint: skipped ${s.file}: ${s.reason}
`) : void 0,
    stdin: { read: io.readStdin, filename: args.string("stdin-filename") },
    workers: new LintWorkers(args.number("jobs") ?? os2.availableParallelism())
  };
  const printConfig = args.string("print-config");
  if (printConfig !== void 0) {
    io.stdout(JSON.stringify(await printableConfig(printConfig, options), null, 2) + "\n");
    return 0;
  }
  const results = await lintFiles(args.operands.map((p) => p === "-" ? STDIN : p), options);
  if (io.env.CI && io.env.CI !== "false") io.stderr(`dlint: ${shellcheckLogLine(results)}
`);
  for (const r of results) if (r.ioError) io.stderr(`dlint: ${r.file}: ${r.ioError}
`);
  const dryRun = args.flag("fix-dry-run") === true;
  if (dryRun) {
    for (const r of results) {
      if (r.unfixedText === void 0 || r.unfixedFindings === void 0) continue;
      if (r.fixed) io.stdout(unifiedDiff(r.file, r.file, r.unfixedText, r.text));
      r.findings = r.unfixedFindings;
      r.text = r.unfixedText;
    }
  } else {
    const written = writeFixedFiles(results, (r) => io.stderr(`dlint: ${r.file}: ${r.ioError}
`)).length;
    if (written > 0) io.stderr(`dlint: fixed ${written} file${written === 1 ? "" : "s"}
`);
  }
  const quiet = args.flag("quiet") ? hideBelowErrors(results) : null;
  const shown = results.map((r, i) => ({
    file: r.file,
    text: r.text,
    findings: quiet ? quiet.shown[i] : r.findings,
    failureThreshold: r.failureThreshold
  }));
  const rules = ruleCatalogue(results);
  const fixedStdin = options.fix ? results.find((r) => r.absolutePath === null && r.output !== void 0) : void 0;
  if (fixedStdin && !dryRun) io.stdout(fixedStdin.output);
  for (const { format, file } of targets) {
    const color = format === "text" && (args.flag("color") ?? (io.isTTY && file === void 0 && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "")));
    const report = REPORTERS[format]({ results: shown, rules, color, cwd: io.cwd, sarifCategory: args.string("sarif-category"), hidden: quiet?.hidden });
    if (file !== void 0) {
      const target = path5.resolve(io.cwd, file);
      fs4.mkdirSync(path5.dirname(target), { recursive: true });
      fs4.writeFileSync(target, report);
    } else if (fixedStdin || dryRun) io.stderr(report);
    else io.stdout(report);
  }
  if (results.some((r) => r.ioError)) return 2;
  const shownFailing = shown.some((r) => r.findings.some((f) => reaches(f.severity, r.failureThreshold ?? "warning")));
  const notice = quiet && quietFailureNotice(quiet, shownFailing);
  if (notice) io.stderr(`dlint: ${notice}
`);
  return shownFailing || notice ? 1 : 0;
}
function migrate(file, how, io) {
  const source = file !== void 0 ? path5.resolve(io.cwd, file) : HADOLINT_FILES.map((n) => path5.join(io.cwd, n)).find((p) => fs4.existsSync(p));
  if (!source || !fs4.existsSync(source)) {
    throw new UsageError(file !== void 0 ? `${file}: no such file` : "no .hadolint.yaml or .hadolint.yml here; name the file: dlint migrate path/to/.hadolint.yaml");
  }
  const shown = path5.relative(io.cwd, source) || path5.basename(source);
  let parsed;
  try {
    parsed = loadYaml().parse(fs4.readFileSync(source, "utf8"));
  } catch (e) {
    const pos = e.linePos?.[0];
    throw new ConfigError(`${shown}${pos ? `:${pos.line}:${pos.col}` : ""}: invalid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  const conversion = fromHadolint(parsed, shown, builtinRules);
  const yaml = migrationYaml(conversion, path5.basename(source));
  if (how.stdout) {
    io.stdout(yaml);
    return;
  }
  const dir = path5.dirname(source);
  const target = path5.join(dir, ".dlintrc.yaml");
  const existing = DLINT_CONFIG_FILES.map((n) => path5.join(dir, n)).find((p) => fs4.existsSync(p));
  if (existing) {
    const name = path5.relative(io.cwd, existing) || path5.basename(existing);
    if (existing !== target) throw new UsageError(`${name} already exists and dlint reads it first; merge the output of \`dlint migrate --stdout\` into it by hand`);
    if (!how.force) throw new UsageError(`${name} already exists; use --force to replace it`);
  }
  fs4.writeFileSync(target, yaml);
  const lines2 = [`wrote ${path5.relative(io.cwd, target) || ".dlintrc.yaml"} from ${shown}; dlint now reads it instead of ${path5.basename(source)}.`];
  for (const n of conversion.notes) lines2.push(`note: ${n}`);
  io.stdout(lines2.join("\n") + "\n");
}
export {
  run
};
