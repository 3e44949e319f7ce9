import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED } from '../scripts/generate-validators.js';
import { ROOT } from './helpers.js';

describe('validators compiled at build time', () => {
  it.each(Object.entries(GENERATED))('%s is up to date (run `npm run docs`)', (file, source) => {
    expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toBe(source());
  });
});
