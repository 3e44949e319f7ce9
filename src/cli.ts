#!/usr/bin/env node
// The command line run from the compiled sources (build/src/cli.js); the installed `dlint` is the bundle's
// launcher, src/cli-bundle.ts.
import { runInProcess } from './cli/process.js';

runInProcess((await import('./cli/main.js')).main);
