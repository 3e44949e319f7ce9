/**
 * The programs a supervisord configuration starts (supervisord.org, "Configuration File": `[program:x]`,
 * `[fcgi-program:x]` and `[eventlistener:x]` sections, each with its `command` and the `user` supervisord runs it as).
 */

/** One program of the configuration. */
export interface SupervisedProgram {
  /** The section's name: `apache2` for `[program:apache2]`. */
  name: string;
  /** Its `command=` line; null when it has none. */
  command: string | null;
  /** Its `user=`, the account supervisord switches to before running it; null when it sets none (supervisord's own). */
  user: string | null;
}

const PROGRAM_SECTION = /^\[(?:program|fcgi-program|eventlistener):([^\]]+)\]$/;

/**
 * The programs of a supervisord configuration's text; null when it also starts programs from other files
 * (`[include] files = conf.d/*.conf`), which are not read.
 */
export function supervisedPrograms(text: string): SupervisedProgram[] | null {
  const programs: SupervisedProgram[] = [];
  let current: SupervisedProgram | null = null;
  for (const raw of text.split(/\r?\n/)) {
    // `;` starts a comment at the line's start or after a blank (supervisord's INI dialect).
    const line = raw.replace(/(^|\s);.*$/, '').trim();
    if (!line) continue;
    if (line.startsWith('[')) {
      if (line === '[include]') return null;
      const m = PROGRAM_SECTION.exec(line);
      current = m ? { name: m[1]!.trim(), command: null, user: null } : null;
      if (current) programs.push(current);
      continue;
    }
    const kv = /^(command|user)\s*=\s*(.*)$/.exec(line);
    if (current && kv) current[kv[1] as 'command' | 'user'] = kv[2]!.trim();
  }
  return programs;
}
