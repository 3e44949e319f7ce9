/**
 * The old regex expander, kept only for `src/shell/packages.ts`, `src/shell/package-managers.ts` and
 * `src/runtime/server.ts` until their owners switch to `processWord` (`./words.ts`); then this module goes.
 * It ignores quotes and escapes other than `\$`, unlike BuildKit.
 */
import type { Scope } from './words.js';

export type { Scope };

export interface VariableRef {
  name: string;
  /** Offset of the `$` in the text. */
  offset: number;
  length: number;
  /** The modifier (`:-`, `-`, `:+`, `+`, `:?`, `?`, or `#`, `%`, `/` pattern forms), '' for plain. */
  modifier: string;
  /** The word after the modifier. */
  word: string;
}

export interface Expansion {
  /** The text with every variable substituted; unknown values are left as written. */
  value: string;
  /** Variables whose value could not be known (so `value` is not the real value). */
  unresolved: string[];
  refs: VariableRef[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function findVariables(text: string, escapeChar = '\\'): VariableRef[] {
  const refs: VariableRef[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && text[i + 1] === '$') {
      i++;
      continue;
    }
    if (c !== '$') continue;
    if (text[i + 1] === '{') {
      const close = matchingBrace(text, i + 2);
      if (close < 0) continue;
      const inner = text.slice(i + 2, close);
      const m = NAME.exec(inner);
      if (!m) continue;
      const rest = inner.slice(m[0].length);
      const mod = /^(:-|:\+|:\?|-|\+|\?|##|#|%%|%|\/\/|\/)?/.exec(rest)![0] ?? '';
      if (!mod && rest) continue;
      refs.push({ name: m[0], offset: i, length: close + 1 - i, modifier: mod, word: rest.slice(mod.length) });
      i = close;
    } else {
      const m = NAME.exec(text.slice(i + 1));
      if (!m) continue;
      refs.push({ name: m[0], offset: i, length: m[0].length + 1, modifier: '', word: '' });
      i += m[0].length;
    }
  }
  return refs;
}

function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

export interface ExpandOptions {
  escapeChar?: string;
  /** FROM lines: an undeclared name expands to ''. Elsewhere a base image may define it, so it is unknown. */
  undeclaredIsEmpty?: boolean;
}

/** @deprecated Use `processWord` from `./words.ts` (BuildKit semantics). */
export function expand(text: string, scope: Scope, options: ExpandOptions = {}): Expansion {
  const escapeChar = options.escapeChar ?? '\\';
  const refs = findVariables(text, escapeChar);
  if (refs.length === 0) return { value: unescapeDollar(text, escapeChar), unresolved: [], refs };
  const unresolved: string[] = [];
  let out = '';
  let last = 0;
  for (const ref of refs) {
    out += unescapeDollar(text.slice(last, ref.offset), escapeChar);
    last = ref.offset + ref.length;
    const declared = scope.has(ref.name);
    const value = scope.get(ref.name);
    const known = value !== undefined || (!declared && options.undeclaredIsEmpty === true);
    const v = value ?? '';
    const raw = text.slice(ref.offset, ref.offset + ref.length);
    switch (ref.modifier) {
      case '':
        if (known) out += v;
        else {
          unresolved.push(ref.name);
          out += raw;
        }
        break;
      case ':-':
      case '-': {
        const useDefault = ref.modifier === ':-' ? v === '' : !declared && value === undefined;
        if (known) out += useDefault ? expand(ref.word, scope, options).value : v;
        else {
          unresolved.push(ref.name);
          out += raw;
        }
        break;
      }
      case ':+':
      case '+':
        if (known) out += (ref.modifier === ':+' ? v !== '' : declared) ? expand(ref.word, scope, options).value : '';
        else {
          unresolved.push(ref.name);
          out += raw;
        }
        break;
      case ':?':
      case '?':
        if (known) out += v;
        else {
          unresolved.push(ref.name);
          out += raw;
        }
        break;
      default:
        // Pattern forms (`#`, `%`, `/`): not worth emulating; the value stays unknown.
        unresolved.push(ref.name);
        out += raw;
    }
  }
  out += unescapeDollar(text.slice(last), escapeChar);
  return { value: out, unresolved, refs };
}

function unescapeDollar(s: string, escapeChar: string): string {
  return s.split(escapeChar + '$').join('$');
}
