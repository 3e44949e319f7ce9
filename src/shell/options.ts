/** GNU-style option scanning of a command's words (`--opt=v`, `--opt v`, `-ov`, `-o v`, short clusters, `--`). */
import type { Word } from './types.js';

export interface CommandOption {
  /** As written, without the value: `-t`, `--index-url`; each letter of a short cluster (`-qy`) separately. */
  name: string;
  /** The option's value (`--opt=v`, `--opt v`, `-ov`), null for options without one. */
  value: string | null;
  /** The word that held the option. */
  word: Word;
  /** The word that held the value: the option's own word (`--opt=v`, `-ov`) or the next one (`--opt v`). */
  valueWord: Word | null;
}

export interface OptionGrammar {
  /** Options that take a value. Short ones (`-t`) also take it glued on (`-tbookworm`) or at the end of a cluster (`-yt x`). */
  valued: ReadonlySet<string>;
  /** Go style: `-ldflags` is one long option, never a cluster of letters; `--name` means `-name`. */
  singleDashLong?: boolean;
  /** Words after `--` belong to something else (gem's build arguments): ignore them. */
  dropAfterDoubleDash?: boolean;
  /** npm style: a bare `--flag` followed by `true`/`false` takes that word as its value. */
  booleanValues?: boolean;
  /** POSIX style: the first operand ends the options (`sudo -u x cmd -y`: `-y` is cmd's). */
  stopAtOperand?: boolean;
  /** Every long option takes the next word as its value. */
  longOptionsTakeValue?: boolean;
  /** Shortened long options, mapped to their full names (`--no-cache` → `--no-cache-dir` for pip). */
  abbreviations?: ReadonlyMap<string, string>;
}

export interface Scanned {
  options: CommandOption[];
  positional: Word[];
  /** With `stopAtOperand`: the index in `words` of the first operand (words.length when there is none). */
  end: number;
}

export function scanOptions(words: readonly Word[], grammar: OptionGrammar): Scanned {
  const options: CommandOption[] = [];
  const positional: Word[] = [];
  let endOfOptions = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const v = w.value;
    if (endOfOptions || !v.startsWith('-') || v === '-') {
      if (grammar.stopAtOperand) return { options, positional: words.slice(i), end: i };
      positional.push(w);
      continue;
    }
    if (v === '--') {
      if (grammar.dropAfterDoubleDash) break;
      if (grammar.stopAtOperand) return { options, positional: words.slice(i + 1), end: i + 1 };
      endOfOptions = true;
      continue;
    }
    if (v.startsWith('--') || grammar.singleDashLong) {
      const eq = v.indexOf('=');
      let name = eq < 0 ? v : v.slice(0, eq);
      if (grammar.singleDashLong && name.startsWith('--')) name = name.slice(1);
      name = grammar.abbreviations?.get(name) ?? name;
      if (eq >= 0) options.push({ name, value: v.slice(eq + 1), word: w, valueWord: w });
      else if (grammar.valued.has(name) || (grammar.longOptionsTakeValue && name.startsWith('--'))) {
        const next = words[++i] ?? null;
        options.push({ name, value: next?.value ?? null, word: w, valueWord: next });
      } else if (grammar.booleanValues && /^(true|false)$/.test(words[i + 1]?.value ?? '')) {
        const next = words[++i]!;
        options.push({ name, value: next.value, word: w, valueWord: next });
      } else options.push({ name, value: null, word: w, valueWord: null });
      continue;
    }
    for (let k = 1; k < v.length; k++) {
      const name = `-${v[k]}`;
      // apt's `-q=2`: a short option with its value after `=`.
      if (v[k + 1] === '=') {
        options.push({ name, value: v.slice(k + 2), word: w, valueWord: w });
        break;
      }
      if (!grammar.valued.has(name)) {
        options.push({ name, value: null, word: w, valueWord: null });
        continue;
      }
      const glued = v.slice(k + 1).replace(/^=/, '');
      const next = glued ? w : (words[++i] ?? null);
      options.push({ name, value: glued || (next?.value ?? null), word: w, valueWord: next });
      break;
    }
  }
  return { options, positional, end: words.length };
}
