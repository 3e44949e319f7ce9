/**
 * dlint's bash parser (src/shell/bash-parser.ts) on the shapes that are easy to get wrong. Trees are rendered
 * compactly: `call(A=1; echo x)`, words as written with `$(…)` bodies rendered inside, `${NAME:derived[:word]}`
 * for parameter expansions, `other` for what the tree does not keep, `[word: here-document body]` for each
 * redirection (the tree keeps its word and whether it takes standard output, not its operator), `&` for background statements.
 * The same inputs were checked against mvdan-sh 0.10.1, whose trees and messages the parser reproduces.
 */
import { describe, expect, it } from 'vitest';
import { parseBash, ShellSyntaxError } from '../src/shell/bash-parser.js';
import type { Command, ShWord, Stmt, WordPart } from '../src/shell/shell-ast.js';

const OPS: Record<number, string> = { 10: '&&', 11: '||', 12: '|', 13: '|&' };

function part(p: WordPart): string {
  switch (p.kind) {
    case 'Lit':
      return p.value;
    case 'SglQuoted':
      return `'${p.value}'`;
    case 'DblQuoted':
      return `"${p.parts.map(part).join('')}"`;
    case 'Subst':
      return `$(${stmts(p.stmts)})`;
    case 'ParamExp':
      return `\${${p.name}:${p.derived}${p.word ? `:${word(p.word)}` : ''}}`;
    case 'Other':
      return '<other>';
  }
}

function word(w: ShWord | null): string {
  return w ? w.parts.map(part).join('') : '∅';
}

function command(c: Command | null): string {
  if (!c) return '';
  switch (c.kind) {
    case 'Call': {
      const assigns = c.assigns.map((a) => `${a.name}=${word(a.value)}`).join(' ');
      return `call(${assigns}${assigns ? '; ' : ''}${c.args.map(word).join(' ')})`;
    }
    case 'Binary':
      return `(${stmt(c.x)} ${OPS[c.op]} ${stmt(c.y)})`;
    case 'Group':
      return `${c.subshell ? 'subshell' : 'group'}${c.loop ? `[${c.loop.name} in ${c.loop.items.map(word).join(' ')}]` : ''}(${stmts(c.stmts)})`;
    case 'Decl':
      return `decl ${c.variant.value}(${c.assigns.map((a) => (a.name === null ? word(a.value) : `${a.name}${a.value ? `=${word(a.value)}` : ''}`)).join(' ')})`;
    case 'Other':
      return 'other';
  }
}

function stmt(s: Stmt): string {
  const redirs = s.redirs.map((r) => ` [${word(r.word)}${r.hdoc ? `: ${word(r.hdoc)}` : ''}]`).join('');
  return `${command(s.cmd)}${redirs}${s.background ? ' &' : ''}`;
}

function stmts(list: Stmt[]): string {
  return list.map(stmt).join('; ');
}

const show = (text: string): string => stmts(parseBash(text));

function error(text: string): string {
  try {
    parseBash(text);
  } catch (e) {
    if (e instanceof ShellSyntaxError) {
      const before = text.slice(0, e.offset);
      return `${before.split('\n').length}:${e.offset - before.lastIndexOf('\n')}: ${e.message}`;
    }
    throw e;
  }
  return 'no error';
}

describe('bash parser: commands and lists', () => {
  it('reads words, assignments and redirections of simple commands', () => {
    expect(show('A=1 B="x y" env -i cmd arg >/dev/null 2>&1 &>log <<<"w" <in')).toMatchInlineSnapshot(`"call(A=1 B="x y"; env -i cmd arg) [/dev/null] [1] [log] ["w"] [in]"`);
    expect(show('X=1')).toMatchInlineSnapshot(`"call(X=1; )"`);
    expect(show('>out')).toMatchInlineSnapshot(`" [out]"`);
  });

  it('nests && || and | to the left, a pipeline binding tighter', () => {
    expect(show('a && b || c | d |& e')).toMatchInlineSnapshot(`"((call(a) && call(b)) || ((call(c) | call(d)) |& call(e)))"`);
    expect(show('! a | b')).toMatchInlineSnapshot(`"(call(a) | call(b))"`);
    expect(show('a &\nb; c & d')).toMatchInlineSnapshot(`"call(a) &; call(b); call(c) &; call(d)"`);
  });

  it('keeps subshells apart from groups', () => {
    expect(show('(cd x && make); { a; b; } > log')).toMatchInlineSnapshot(`"subshell((call(cd x) && call(make))); group(call(a); call(b)) [log]"`);
  });

  it('drops comments and joins backslash-newline', () => {
    expect(show('# top\necho a \\\n  b # trailing\nec\\\nho c')).toMatchInlineSnapshot(`"call(echo a b); call(echo c)"`);
  });

  it('flattens compound commands into groups of their statements', () => {
    expect(show('if a; then b; elif c; then d; else e; fi')).toMatchInlineSnapshot(`"group(call(a); call(b); call(c); call(d); call(e))"`);
    expect(show('while a; do b; done; until c; do d; done')).toMatchInlineSnapshot(`"group(call(a); call(b)); group(call(c); call(d))"`);
    expect(show('for f in *.txt "$X"; do rm "$f"; done')).toMatchInlineSnapshot(`"group[f in *.txt "\${X:value}"](call(rm "\${f:value}"))"`);
    expect(show('for ((i=0; i<3; i++)); do echo $i; done')).toMatchInlineSnapshot(`"group(call(echo \${i:value}))"`);
    expect(show('case "$1" in a|b) x;; c) y;& *) z;;& esac')).toMatchInlineSnapshot(`"group(call(x); call(y); call(z))"`);
    expect(show('f() { echo a; }; function g { echo b; }')).toMatchInlineSnapshot(`"group(group(call(echo a))); group(group(call(echo b)))"`);
    expect(show('time make -j4; time')).toMatchInlineSnapshot(`"group(call(make -j4)); group()"`);
    expect(show('select x in a b; do echo $x; done')).toMatchInlineSnapshot(`"group[x in a b](call(echo \${x:value}))"`);
  });

  it('keeps [[ ]], (( )), let and coproc as other', () => {
    expect(show('[[ -f x && $y =~ ^a(b|c)$ ]] && (( n++ )) && let "a = 1" b=2; coproc cat')).toMatchInlineSnapshot(`"((other && other) && other); other"`);
  });

  it('reads declarations as their names and values', () => {
    expect(show('export A=1 B C="$(pwd)"; local -r x; declare -a arr=(1 2) m[k]=v')).toMatchInlineSnapshot(`"decl export(A=1 B C="$(call(pwd))"); decl local(-r x); decl declare(-a arr m=v)"`);
  });

  it('reads arrays in assignments and checks their elements', () => {
    expect(show('arr=(a "b c" [3]=d)\narr+=(e)')).toMatchInlineSnapshot(`"call(arr=∅; ); call(arr=∅; )"`);
  });
});

describe('bash parser: words', () => {
  it('splits words into literal, quoted and expanded parts', () => {
    expect(show(`echo a'b'"c$d\${e}"\\ f $'tab\\t' $"msg"`)).toMatchInlineSnapshot(`"call(echo a'b'"c\${d:value}\${e:value}"\\ f 'tab\\t' "msg")"`);
  });

  it('nests quotes and substitutions', () => {
    expect(show('echo "$(cat "$(ls "a b")")" `echo \\`id\\``')).toMatchInlineSnapshot(`"call(echo "$(call(cat "$(call(ls "a b"))"))" $(call(echo $(call(id)))))"`);
    expect(show('diff <(sort a) >(tee b)')).toMatchInlineSnapshot(`"call(diff $(call(sort a)) $(call(tee b)))"`);
  });

  it('tells what a parameter expansion makes of the value', () => {
    expect(show('echo $1 $@ ${#X} ${X:-$(cmd)} ${X:+y} ${X%.*} ${X^^} ${X:0:3} ${X/a/b} ${!X} ${X[@]} ${!P*} ${X@Q}')).toMatchInlineSnapshot(`"call(echo \${1:value} \${@:value} \${X:number} \${X:or-word:$(call(cmd))} \${X:or-word:y} \${X:value:.*} \${X:value} \${X:value} \${X:or-word:b} \${X:other} \${X:other} \${P:other} \${X:other:Q})"`);
  });

  it('keeps arithmetic and extended globs as other', () => {
    expect(show('echo $((1 + $x)) $[2*3] @(a|b).txt !(*.md)')).toMatchInlineSnapshot(`"call(echo <other> <other> <other>.txt <other>)"`);
  });
});

describe('bash parser: here-documents', () => {
  it('reads bodies after the line, several on one line, <<- tabs and quoted delimiters', () => {
    expect(show('cat <<EOF >out; cat <<-"END" <<\'X\'\nhello $USER\n$(id)\nEOF\n\tindented $not\n\tEND\nraw\nX\necho after')).toMatchInlineSnapshot(`
      "call(cat) [EOF: hello \${USER:value}
      $(call(id))
      ] [out]; call(cat) ["END": 	indented $not
      	] ['X': raw
      ]; call(echo after)"
    `);
  });

  it('reads a body that ends at the end of the script', () => {
    expect(show('bash <<EOF\nset -e\nmake\nEOF')).toMatchInlineSnapshot(`
      "call(bash) [EOF: set -e
      make
      ]"
    `);
    expect(show('cat <<EOF\nEOF\n')).toMatchInlineSnapshot(`"call(cat) [EOF]"`);
  });
});

describe('bash parser: offsets', () => {
  it('counts UTF-16 units, as JavaScript strings do', () => {
    const [s] = parseBash('echo "héllo 🐳" done');
    const call = s!.cmd as Command & { kind: 'Call' };
    expect(call.args.map((w) => [w.start, w.end])).toEqual([[0, 4], [5, 15], [16, 20]]);
    expect([s!.start, s!.end]).toEqual([0, 20]);
  });

  it('ends a statement at its last redirection', () => {
    const [s] = parseBash('make 2>/dev/null');
    expect([s!.start, s!.end, s!.cmd!.end]).toEqual([0, 16, 4]);
  });
});

describe('bash parser: long and deep input', () => {
  it('reads a 10,000-command chain without recursing per command', () => {
    const [s] = parseBash(Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(' && '));
    let depth = 0;
    for (let node: Stmt = s!; node.cmd?.kind === 'Binary'; node = node.cmd.x) depth++;
    expect(depth).toBe(9_999);
  });

  it('runs out of stack on absurd nesting with a RangeError, which parse.ts reports as too deep', () => {
    expect(() => parseBash('('.repeat(20_000) + 'x' + ')'.repeat(20_000))).toThrow(RangeError);
  });
});

describe('bash parser: syntax errors', () => {
  it('reports the common shapes with mvdan-sh’s messages and positions', () => {
    expect(error('echo "abc')).toMatchInlineSnapshot(`"1:6: reached EOF without closing quote ""`);
    expect(error("echo 'abc")).toMatchInlineSnapshot(`"1:6: reached EOF without closing quote '"`);
    expect(error('echo $(ls')).toMatchInlineSnapshot(`"1:6: reached EOF without matching ( with )"`);
    expect(error('(cd x')).toMatchInlineSnapshot(`"1:1: reached EOF without matching ( with )"`);
    expect(error('a &&')).toMatchInlineSnapshot(`"1:3: && must be followed by a statement"`);
    expect(error('a |')).toMatchInlineSnapshot(`"1:3: | must be followed by a statement"`);
    expect(error('fi')).toMatchInlineSnapshot(`"1:1: "fi" can only be used to end an if"`);
    expect(error('if a; then b')).toMatchInlineSnapshot(`"1:1: if statement must end with "fi""`);
    expect(error('for x in a b; do c')).toMatchInlineSnapshot(`"1:1: for statement must end with "done""`);
    expect(error('cat <<EOF\nbody')).toMatchInlineSnapshot(`"1:5: unclosed here-document 'EOF'"`);
    expect(error('echo ${')).toMatchInlineSnapshot(`"1:6: parameter expansion requires a literal"`);
    expect(error('echo `ls')).toMatchInlineSnapshot(`"1:6: reached EOF without closing quote \`"`);
    expect(error('a ;; b')).toMatchInlineSnapshot(`"1:3: ;; can only be used in a case clause"`);
    expect(error('echo )')).toMatchInlineSnapshot(`"1:6: a command can only contain words and redirects; encountered )"`);
    expect(error('{ a; ')).toMatchInlineSnapshot(`"1:1: reached EOF without matching { with }"`);
    expect(error('case x in a) b;;')).toMatchInlineSnapshot(`"1:1: case statement must end with "esac""`);
    expect(error('echo $((1 +))')).toMatchInlineSnapshot(`"1:11: + must be followed by an expression"`);
    expect(error('[[ a -zz b ]]')).toMatchInlineSnapshot(`"1:6: not a valid test operator: -zz"`);
  });

  it('reports the mksh-only forms mvdan-sh threw as a different kind of error', () => {
    expect(error('echo $((# 1))')).toMatchInlineSnapshot(`"1:6: unsigned expressions are a mksh feature"`);
    expect(error('echo ${x@#}')).toMatchInlineSnapshot(`"1:10: this expansion operator is a mksh feature"`);
  });
});
