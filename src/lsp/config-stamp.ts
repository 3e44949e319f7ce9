/**
 * For clients that do not watch files for the server (Neovim 0.7, many others): a cheap fingerprint of the
 * config files that can apply to a folder, compared before each lint, so an edited config still takes effect.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HADOLINT_FILES } from '../config/hadolint.js';
import { CONFIG_FILES } from '../config/load.js';

/** Files whose change can change a document's configuration (dlint's configs and the hadolint fallback). */
export const CONFIG_FILE_NAMES = [...CONFIG_FILES, ...HADOLINT_FILES];

/** Size and mtime of each config file in `dir` and its parents (files a config `extends` are not followed). */
export function configStamp(dir: string): string {
  const parts: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    for (const name of CONFIG_FILE_NAMES) {
      const s = fs.statSync(path.join(d, name), { throwIfNoEntry: false });
      if (s) parts.push(`${d}/${name}:${s.size}:${s.mtimeMs}`);
    }
    if (path.dirname(d) === d) return parts.join('\n');
  }
}
