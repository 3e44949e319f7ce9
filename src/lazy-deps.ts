/**
 * Dependencies loaded on first use, as CommonJS: a run that lints one Dockerfile without config or folder
 * search loads none of them (ajv's compiler, YAML and fast-glob cost start-up time every run would pay).
 * Each `require('…')` is written out literally: in the esbuild bundles `require` is esbuild's (the module is
 * bundled and initialised on this first call, or left in node_modules when marked external); under tsc's ESM
 * output it is created from this module's URL.
 */
import { createRequire } from 'node:module';
import type * as Ajv from 'ajv';
import type FastGlob from 'fast-glob';
import type * as Yaml from 'yaml';

const esmRequire = typeof require === 'function' ? null : createRequire(import.meta.url);

export function loadAjv(): typeof Ajv {
  return (esmRequire ? esmRequire('ajv') : require('ajv')) as typeof Ajv;
}

export function loadYaml(): typeof Yaml {
  return (esmRequire ? esmRequire('yaml') : require('yaml')) as typeof Yaml;
}

export function loadFastGlob(): typeof FastGlob {
  return (esmRequire ? esmRequire('fast-glob') : require('fast-glob')) as typeof FastGlob;
}
