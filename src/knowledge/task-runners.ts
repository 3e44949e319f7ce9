/**
 * Task runners whose files run a project's container commands, and the library calls those files assemble a command
 * with, as data: what src/context/task-runners.ts and src/context/task-code.ts read.
 */

/** invoke's `tasks.py` and nox's `noxfile.py`: Python, each task a function (`@invoke.task`, `@nox.session`). */
export const PYTHON_TASK_FILE = /^(tasks|noxfile)\.py$/;
/** mage's `magefile.go`, or the Go files of its `magefiles/` folder (one package, each exported function a target). */
export const MAGE_FILE = /^magefile\.go$/;
export const MAGE_FOLDER = 'magefiles';
/** Task's `Taskfile.yml` (also `.yaml`, lower case, `.dist`): each task's `cmds` are shell lines. */
export const TASKFILE = /^[Tt]askfile(\.dist)?\.ya?ml$/;
/** just's `justfile` (any case, also hidden): recipes of shell lines, as a Makefile's. */
export const JUSTFILE = /^\.?justfile$/i;

/**
 * Calls that print or fail with the words they are given rather than run them (`print("docker build …")`,
 * `fmt.Printf`, `logger.info`, `errors.Errorf`), by the last part of their name: no engine call.
 */
export const PRINTING_CALL = /^(print|pprint|echo|secho|log|debug|info|warn|warning|error|exception|critical|fatal|write|writelines|Print|Printf|Println|Fprint|Fprintf|Fprintln|Sprint|Sprintln|Fatal|Fatalf|Fatalln|Panic|Panicf|Errorf|Error|Errorw|Infof|Infow|Debugf|Warnf|Warningf|New|Wrap|Wrapf|Exit|exit|abort|fail|skip|notify)$|(Error|Exception|Warning)$/;

/** Calls whose value is the folder a task runs from, the project's tree (`os.getcwd()`, `os.Getwd()`, `Path.cwd()`). */
export const WORKING_FOLDER_CALL = /^((os\.)?getcwd|(os\.)?Getwd|(pathlib\.)?Path\.cwd|os\.path\.curdir|os\.curdir)$/;

/** Calls whose value is their first argument, as a path or string (`str(p)`, `os.path.realpath(p)`, `filepath.Abs(p)`). */
export const SAME_VALUE_CALL =
  /^(str|repr|os\.fspath|(pathlib\.)?(Pure)?(Posix)?Path|os\.path\.(realpath|abspath|normpath|expanduser|expandvars)|shlex\.quote|filepath\.(Abs|Clean|FromSlash|ToSlash)|path\.Clean|strings\.(TrimSpace|ToLower|ToUpper))$/;

/** Calls that join path parts (`os.path.join(a, b)`, `filepath.Join(a, b)`). */
export const PATH_JOIN_CALL = /^(os\.path\.join|posixpath\.join|filepath\.Join|path\.Join)$/;

/** Calls that give a path's folder (`os.path.dirname(p)`, `filepath.Dir(p)`). */
export const DIRNAME_CALL = /^(os\.path\.dirname|posixpath\.dirname|filepath\.Dir|path\.Dir)$/;

/** Calls that read an environment variable by name (`os.Getenv("PWD")`, `os.environ.get("PWD")`, `os.getenv`). */
export const ENVIRONMENT_CALL = /^(os\.Getenv|os\.getenv|os\.environ\.get|os\.LookupEnv)$/;

/** Go's and Python's string formatting calls (`fmt.Sprintf("%s:%s", wd, dir)`). */
export const FORMAT_CALL = /^(fmt\.Sprintf|fmt\.Sprint|fmt\.Sprintln)$/;
