/**
 * Interpreters, REPLs and shells that a language or toolkit base image gives as its whole command, so that
 * `docker run -it <image>` opens a prompt (docker-library's `python` `CMD ["python3"]`, `php` `CMD ["php", "-a"]`,
 * `ruby` `CMD ["irb"]`, `haskell` `CMD ["ghci"]`, `elixir` `CMD ["iex"]`, `groovy` `CMD ["groovysh"]`, `perl`
 * `CMD ["perl5.40.0", "-de0"]`, `mono` `CMD ["csharp"]`, `r-base` `CMD ["R"]`, `rakudo-star` `CMD ["raku"]`, `hylang`
 * `CMD ["hy"]`, the JDKs' `CMD ["jshell"]`). Whoever builds on such an image, or runs it, gives the real command.
 * Names are matched without a folder and without a trailing version (`python3.13`, `perl5.40.0`, `lua5.4`).
 */
const INTERPRETER_NAMES: ReadonlySet<string> = new Set([
  // Shells.
  'sh', 'ash', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'fish', 'pwsh', 'nu',
  // Python and the languages and REPLs on top of it (Hy is a Lisp that compiles to Python's AST).
  'python', 'pypy', 'ipython', 'bpython', 'ptpython', 'hy', 'xonsh',
  // JavaScript, PHP, Ruby, Perl, Raku, Lua, Tcl.
  'node', 'bun', 'php', 'ruby', 'irb', 'jruby', 'jirb', 'perl', 'raku', 'rakudo', 'lua', 'luajit', 'tclsh',
  // JVM: the JDK's jshell, Groovy, Scala, Kotlin, Clojure.
  'jshell', 'groovysh', 'groovy', 'scala', 'kotlin', 'kotlinc', 'clojure', 'clj',
  // Functional and scientific languages, .NET.
  'ghci', 'erl', 'iex', 'julia', 'R', 'octave', 'ocaml', 'utop', 'racket', 'guile', 'sbcl', 'swift', 'dotnet', 'csharp',
]);

/** `python3`, `/usr/local/bin/python3.13`, `perl5.40.0`, `hy`: an interpreter, REPL or shell (INTERPRETER_NAMES). */
export function isInterpreter(program: string): boolean {
  const name = program.split('/').pop()!;
  return INTERPRETER_NAMES.has(name) || INTERPRETER_NAMES.has(name.replace(/\d+(\.\d+)*$/, ''));
}
