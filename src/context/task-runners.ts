/**
 * Task runners' files, read as the shell lines of the container commands their tasks run, for the readers of a
 * folder's scripts (launch-scripts.ts, artifact-builds.ts): invoke's `tasks.py` and nox's `noxfile.py` (Python),
 * mage's `magefile.go` or `magefiles/` folder (Go), whose functions assemble each command from string literals and
 * lists (task-code.ts); Task's `Taskfile.yml` and just's `justfile`, whose recipes are shell lines already.
 * great_expectations' `tasks.py` builds `docker/Dockerfile.tests` and runs it `-it` over the checkout (`invoke
 * docker`); armada's magefiles build `build/java-client/Dockerfile` under a local name and run it with the tree
 * mounted to write the jar (`mage buildJava`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { JUSTFILE, MAGE_FILE, MAGE_FOLDER, PYTHON_TASK_FILE, TASKFILE } from '../knowledge/task-runners.js';
import { record } from './compose.js';
import { logicalLines } from './own-images.js';
import { isFolder, listing, projectFileCache } from './project-file.js';
import { taskCodeCommands } from './task-code.js';
import { yamlDocument } from './yaml-document.js';

/** What a task runner's file runs. */
export interface TaskCommands {
  /** Shell lines: one per engine call a Python or Go task assembles, each command line of a Taskfile's or justfile's recipes. */
  lines: readonly string[];
  /**
   * The lines by task: each function a Python or Go file starts a task with (and its top level), what it runs through
   * the file's other functions included; a Taskfile's or justfile's lines are one, as a Makefile's.
   */
  tasks: readonly (readonly string[])[];
  /** The plain values of the file's variables (a Taskfile's `vars:`, a justfile's `name := "value"`); null for one given twice or computed. */
  values: ReadonlyMap<string, string | null>;
  /** The file's text and its lines: what a push is looked for in (PUSHES), as in a script. */
  text: string;
}

const NONE: TaskCommands = { lines: [], tasks: [], values: new Map(), text: '' };

/** Files of a magefiles folder read, at most. */
const MAX_MAGE_FILES = 60;
const MAX_FILE = 1024 * 1024;

/** The task runners' files of a folder, given its entry names: `tasks.py`, `noxfile.py`, `magefile.go`, `magefiles/`, `Taskfile.yml`, `justfile`. */
export function taskRunnerFiles(dir: string, names: readonly string[]): string[] {
  return names
    .filter((n) => PYTHON_TASK_FILE.test(n) || MAGE_FILE.test(n) || TASKFILE.test(n) || JUSTFILE.test(n) || (n === MAGE_FOLDER && isFolder(path.join(dir, n))))
    .sort()
    .map((n) => path.join(dir, n));
}

/** The path is one taskRunnerFiles lists. */
export function isTaskRunnerFile(file: string): boolean {
  const name = path.basename(file);
  return PYTHON_TASK_FILE.test(name) || MAGE_FILE.test(name) || TASKFILE.test(name) || JUSTFILE.test(name) || name === MAGE_FOLDER;
}

/** What the task runner's file (or mage's folder) at `file` runs. */
export function taskCommands(file: string): TaskCommands {
  return path.basename(file) === MAGE_FOLDER ? mageFolderCommands(file) : taskFileCommands(file);
}

const taskFileCommands = projectFileCache<TaskCommands>((file) => {
  const source = fs.readFileSync(file, 'utf8');
  const name = path.basename(file);
  if (TASKFILE.test(name)) return withText(source, taskfileCommands(source));
  if (JUSTFILE.test(name)) return withText(source, justfileCommands(source));
  return fromTasks(source, taskCodeCommands([source], MAGE_FILE.test(name) ? 'go' : 'python'));
}, NONE);

function withText(source: string, found: { lines: string[]; values: Map<string, string | null> }): TaskCommands {
  return { ...found, tasks: [found.lines], text: `${source}\n${found.lines.join('\n')}` };
}

function fromTasks(source: string, tasks: string[][]): TaskCommands {
  const lines = [...new Set(tasks.flat())];
  return { lines, tasks, values: new Map(), text: `${source}\n${lines.join('\n')}` };
}

/** A magefiles folder, its Go files one package: read again when one of them changes. */
const mageCache = new Map<string, { key: string; value: TaskCommands }>();
function mageFolderCommands(dir: string): TaskCommands {
  const files = listing(dir)
    .filter((n) => n.endsWith('.go') && !n.endsWith('_test.go'))
    .sort()
    .slice(0, MAX_MAGE_FILES)
    .map((n) => path.join(dir, n));
  const stats = files.map((f) => {
    try {
      const s = fs.statSync(f);
      return s.isFile() && s.size <= MAX_FILE ? `${f}:${s.mtimeMs}:${s.size}` : null;
    } catch {
      return null;
    }
  });
  const key = stats.join('\n');
  const cached = mageCache.get(dir);
  if (cached && cached.key === key) return cached.value;
  let value = NONE;
  try {
    const sources = files.filter((_, k) => stats[k] !== null).map((f) => fs.readFileSync(f, 'utf8'));
    if (sources.length) value = fromTasks(sources.join('\n'), taskCodeCommands(sources, 'go'));
  } catch {
    value = NONE;
  }
  mageCache.set(dir, { key, value });
  return value;
}

// Shell recipes --------------------------------------------------------------------------------------------------

/**
 * Task's and just's template expressions as the shell's variables: `{{.IMAGE}}`, `{{ image }}` → `${IMAGE}`,
 * `${image}`; the folders a task runs from (`{{.TASKFILE_DIR}}`, `{{.ROOT_DIR}}`, `{{.USER_WORKING_DIR}}`,
 * `{{justfile_directory()}}`, `{{invocation_directory()}}`) → `$PWD`; any other expression an unknown value.
 */
function templatesAsShell(text: string): string {
  return text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_whole, inner: string) => {
    if (/^\.?(TASKFILE_DIR|ROOT_DIR|USER_WORKING_DIR|ROOT_TASKFILE|justfile_directory\(\)|invocation_directory\(\)|justfile_dir\(\)|invocation_dir\(\))$/.test(inner)) return '$PWD';
    const name = /^\.?([A-Za-z_][\w-]*)$/.exec(inner)?.[1];
    return name ? `\${${name.replace(/-/g, '_')}}` : '${TEMPLATE}';
  });
}

/** Task's `Taskfile.yml`: each task's `cmds` (strings, or `cmd:` of a map) and `cmd`, its own and the file's `vars`. */
function taskfileCommands(source: string): { lines: string[]; values: Map<string, string | null> } {
  const doc = record(yamlDocument(source));
  const values = new Map<string, string | null>();
  const lines: string[] = [];
  const addVars = (vars: unknown): void => {
    for (const [name, value] of Object.entries(record(vars) ?? {})) {
      const plain = typeof value === 'string' || typeof value === 'number' ? templatesAsShell(String(value)) : null;
      values.set(name.replace(/-/g, '_'), values.has(name) && values.get(name) !== plain ? null : plain);
    }
  };
  addVars(doc?.['vars']);
  for (const task of Object.values(record(doc?.['tasks']) ?? {})) {
    const spec = record(task);
    addVars(spec?.['vars']);
    const cmds: unknown[] = typeof task === 'string' ? [task] : Array.isArray(task) ? task : [...(Array.isArray(spec?.['cmds']) ? (spec['cmds'] as unknown[]) : []), spec?.['cmd']];
    for (const cmd of cmds) {
      const line = typeof cmd === 'string' ? cmd : record(cmd)?.['cmd'];
      if (typeof line === 'string') lines.push(...logicalLines(templatesAsShell(line)).filter((l) => l.trim()));
    }
  }
  return { lines, values };
}

/**
 * just's `justfile`: the lines indented under each recipe's header (`build tag:`), their `@` and `-` taken off, and
 * the file's `name := "value"` assignments.
 */
function justfileCommands(source: string): { lines: string[]; values: Map<string, string | null> } {
  const values = new Map<string, string | null>();
  const lines: string[] = [];
  let inRecipe = false;
  for (const line of logicalLines(source)) {
    if (!line.trim() || /^\s*#/.test(line)) continue;
    if (/^\s/.test(line)) {
      if (inRecipe) lines.push(templatesAsShell(line.trim().replace(/^[@-]+/, '')));
      continue;
    }
    const assign = /^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(.*?)\s*$/.exec(line);
    if (assign) {
      const name = assign[1]!.replace(/-/g, '_');
      const quoted = /^(?:"([^"\\]*)"|'([^']*)')$/.exec(assign[2]!);
      const value = quoted ? templatesAsShell(quoted[1] ?? quoted[2]!) : null;
      values.set(name, values.has(name) ? null : value);
      inRecipe = false;
      continue;
    }
    // A recipe's header: `[group('x')]` attributes and `set`/`import`/`alias` lines are none.
    inRecipe = /^@?[A-Za-z_][\w-]*(\s[^:=]*)?:(?!=)/.test(line) && !/^(set|import|mod|alias)\s/.test(line);
  }
  return { lines, values };
}
