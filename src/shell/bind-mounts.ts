/** The bind mounts of a `docker run` (or podman's, nerdctl's): read once for every script reader of the project. */

export interface BindMount {
  /** The host side as written (`${PWD}`, `$WORK_DIR`, `/data`). */
  source: string;
  /** The container side. */
  target: string;
}

/**
 * A `-v SRC:DST[:opts]` / `--volume` value or a `--mount type=bind,source=…,target=…` one as a bind mount; null for
 * a named volume written without a host side, another mount type, or another option.
 */
export function bindMountOf(option: string, value: string): BindMount | null {
  if (option === '-v' || option === '--volume') {
    const [source, target] = splitTop(value, ':');
    return source !== undefined && target !== undefined ? { source, target } : null;
  }
  if (option === '--mount') {
    const fields = new Map(splitTop(value, ',').map((f) => [f.slice(0, f.indexOf('=')).toLowerCase(), f.slice(f.indexOf('=') + 1)]));
    const source = fields.get('source') ?? fields.get('src');
    const target = fields.get('target') ?? fields.get('destination') ?? fields.get('dst');
    return fields.get('type') === 'bind' && source !== undefined && target !== undefined ? { source, target } : null;
  }
  return null;
}

/** A text split at `sep` outside `${…}` and `$(…)` (`${WORK_DIR:-/w}:/work` is two parts). */
function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '{' || c === '(') depth++;
    else if ((c === '}' || c === ')') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
