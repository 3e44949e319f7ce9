/**
 * Dependencies loaded on first use, as CommonJS: a run that lints one Dockerfile without config or folder
 * search loads none of them (ajv's compiler, YAML and fast-glob cost start-up time every run would pay).
 * Each `require('…')` is written out literally: in the esbuild bundles `require` is esbuild's (the module is
 * bundled and initialised on this first call, or left in node_modules when marked external); under tsc's ESM
 * output it is created from this module's URL.
 */
import type * as ChildProcess from 'node:child_process';
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';
import type * as WorkerThreads from 'node:worker_threads';
import type * as Ajv from 'ajv';
import type FastGlob from 'fast-glob';
import type ignore from 'ignore';
import type picomatch from 'picomatch';
import type * as Yaml from 'yaml';

// Run from its own module (tsc's output, tsx), not from a bundle: there `require` may be another module's, or a
// global one (a worker thread's eval script has one, resolving from the working folder).
const esmRequire = /\/lazy-deps\.[jt]s$/.test(import.meta.url) ? createRequire(import.meta.url) : null;

export function loadAjv(): typeof Ajv {
  return (esmRequire ? esmRequire('ajv') : require('ajv')) as typeof Ajv;
}

export function loadYaml(): typeof Yaml {
  return (esmRequire ? esmRequire('yaml') : require('yaml')) as typeof Yaml;
}

export function loadFastGlob(): typeof FastGlob {
  return (esmRequire ? esmRequire('fast-glob') : require('fast-glob')) as typeof FastGlob;
}

// Bundled, but initialised on first use: folder searches (.gitignore files, the Dockerfile name globs) and the
// configuration's file globs need them, a run over named files without configuration does not.

export function loadIgnore(): typeof ignore {
  return (esmRequire ? esmRequire('ignore') : require('ignore')) as typeof ignore;
}

export function loadPicomatch(): typeof picomatch {
  return (esmRequire ? esmRequire('picomatch') : require('picomatch')) as typeof picomatch;
}

// Node's own modules that only some runs use (ShellCheck's processes, SARIF and GitLab fingerprints, worker
// threads): importing them costs every start a few milliseconds each (issue 11).

export function loadChildProcess(): typeof ChildProcess {
  return (esmRequire ? esmRequire('node:child_process') : require('node:child_process')) as typeof ChildProcess;
}

export function loadCrypto(): typeof Crypto {
  return (esmRequire ? esmRequire('node:crypto') : require('node:crypto')) as typeof Crypto;
}

export function loadWorkerThreads(): typeof WorkerThreads {
  return (esmRequire ? esmRequire('node:worker_threads') : require('node:worker_threads')) as typeof WorkerThreads;
}
