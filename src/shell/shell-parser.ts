/** mvdan-sh's bash parser, created when the first script is parsed (see src/lazy-deps.ts for why). */
import type { Parser } from 'mvdan-sh';
import { loadMvdanSh } from '../lazy-deps.js';

let parser: Parser | null = null;

export function shellParser(): Parser {
  if (!parser) {
    const { syntax } = loadMvdanSh();
    parser = syntax.NewParser(syntax.Variant(syntax.LangBash));
  }
  return parser;
}
