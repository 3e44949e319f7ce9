import { defineRule } from '../src/rule.js';
import { DEFAULT_EXCLUDES, LEVEL_OVERRIDES } from '../src/shellcheck/excludes.js';
import {
  assignedByBuiltinPrefix, braceWordKey, curlUrlBrace, echoProgram, emptyOnPurpose, exactNamesInInstallTree, harmlessArrayElementSplit, harmlessArraySplit, harmlessCd, harmlessMask, harmlessMkdirMode, harmlessSplit, joinedDeclaration, knownRemovalPath, literalOnPurpose, nestedIfOnPurpose, oneItemOnPurpose, programBrace, SPLIT_REASONS,
  stringComparison,
} from '../src/shellcheck/splitting.js';
import { NEVER_FAILS } from '../src/knowledge/word-splitting.js';
import { READS_SYSTEM_STATE } from '../src/knowledge/empty-input.js';
import { INSTALL_TREES, LINUX_FOLDERS } from '../src/knowledge/image-folders.js';

/** ShellCheck's word-splitting checks, which the shell model can prove harmless (src/shellcheck/splitting.ts). */
const SPLITTING = new Set(['SC2086', 'SC2046']);

/** The folders SC2164 and SC2174 count on (src/context/folders.ts), as the docs say them. */
const KNOWN_FOLDERS =
  `a standard folder of the base image (those of the Filesystem Hierarchy Standard that Debian, Ubuntu, Alpine and the Red Hat family all make: ${[...LINUX_FOLDERS].map((f) => `\`${f}\``).join(', ')}; the folders for sources and headers, \`/usr/src\`, \`/usr/include\`, \`/usr/local/src\`…, except on Alpine; fewer on BusyBox, none on \`scratch\`), ` +
  'a WORKDIR so far, a folder an earlier `COPY`/`ADD` wrote into, a folder an earlier `mkdir` of the image made (and no `rm` or `mv` took away since), or one holding them; a `cd` into a folder nothing shows is there is still reported';

/** ShellCheck's levels, most severe first. */
const LEVELS: readonly string[] = ['error', 'warning', 'info', 'style'];

interface Options {
  level: 'error' | 'warning' | 'info' | 'style';
  exclude: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'shellcheck',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: 'ShellCheck\'s findings in the shell of every `RUN` (and the `sh -c` strings inside), at their exact position, with the finding\'s SC code.',
    docs: {
      why:
        'Runs the real [ShellCheck](https://www.shellcheck.net) (when the `shellcheck` program is installed; see `shellcheck` in the configuration) over each RUN\'s script: continuations joined, heredoc bodies, and the bodies of `sh -c \'…\'` and `bash <<EOF` inside. Each finding keeps ShellCheck\'s SC code (`SC2086`), message and level (error, warning, info, style), links to its wiki page, and sits at its exact line and column in the Dockerfile.\n\n' +
        'ShellCheck reads each script in the dialect that runs it: the stage\'s `SHELL`, else the base image\'s `/bin/sh` (dash on Debian and Ubuntu, BusyBox ash, checked as dash, on Alpine, bash on the Red Hat family, POSIX sh when the image does not tell). The build\'s ARG and ENV names are declared to it, so `$VERSION` is not "referenced but not assigned", and so are, in a `bash -c` body, the names its command\'s prefix assignments hand it (`archive=x bash -c "mv \\${archive} /opt"`). ' +
        `Checks excluded because they cannot apply to a Dockerfile: ${DEFAULT_EXCLUDES.map((e) => `${e.code} (${e.why})`).join('; ')}\n\n` +
        'SC2086 (unquoted `$X`) and SC2046 (unquoted `$(…)`) are kept where splitting or globbing can bite: a value dlint cannot know, or one with blanks, used as one path or argument (`cp $SRC $DEST`, `rm -rf $DIR/*`). They are dropped when ' +
        `${Object.values(SPLIT_REASONS).join('; or when ')}. POSIX sh has no arrays: quoting such a list would pass it as one word and break the command. SC2068 (unquoted \`\${A[@]}\` re-splits the elements) is dropped when the same script assigns the array itself and every element is one word by the same facts (\`RPM_LIST=("java-11-amazon-corretto-headless-$version.amzn2.\${ARCH}.rpm")\` with \`ARG version=11.0.31.11-1\`): each element stays whole, as quoted; an array the script does not assign, or an element that may hold a blank or a glob character, is still reported. SC2206 (an unquoted expansion among an array's elements) is dropped on a replacement by blanks of a variable that is one word by the same facts (\`CUDA_VERSION_ARRAY=(\${CUDA_VERSION//./ })\`, \`CUDA_VERSION\` a version the CUDA base image sets): the split of a dotted version into its parts is the intent and nothing in it can glob; \`A=($V)\`, or a variable that may hold a blank or a glob character, is still reported. ` +
        `SC2155 (\`export X="$(cmd)"\` masks cmd's failure) is dropped when every command in the substitution cannot fail in a build (${Object.keys(NEVER_FAILS).map((p) => `\`${p}\``).join(', ')}, and the reads of the system that shell-pipefail counts as unfailing: ${Object.entries(READS_SYSTEM_STATE).flatMap(([p, reads]) => reads.map((r) => `\`${p} ${r}\``)).join(', ')}), as in \`export GNUPGHOME="$(mktemp -d)"\`, or when it is a pipe ending in a text filter that reads only the pipe (\`export PY=$(python3 -V | awk \'{print $2}\')\`; not an awk program with \`exit\`, not \`grep\`) and the RUN\'s shell has no pipefail: its status is the filter\'s, so there is nothing to mask. SC2164 (\`cd\` without \`|| exit\`) is dropped on the RUN\'s last command, whose failure is the RUN\'s status, on a \`cd\` into a folder an earlier \`mkdir\` of the same shell made, and on a \`cd\` into a folder sure to exist: ${KNOWN_FOLDERS}. SC2174 (\`mkdir -p -m MODE a/b\`: the mode reaches only the deepest folder) is dropped when the folder holding each operand is sure to exist (the same facts: \`mkdir -p -m 0770 /var/solr\`), so that only the deepest folder is made. SC2043 (a loop that runs once) is dropped when its one item is a literal word without blanks or glob characters: the one-key \`for key in 24C975CB…; do gpg --recv-keys "$key"; done\` idiom, or a loop generated from a template whose other variants list more items; a quoted glob or list (\`for f in "*.txt"\`, \`for x in "$A $B"\`) is still reported. SC2115 (\`rm -rf "$DIR/"*\` removes \`/*\` when DIR is empty) is dropped when every variable of the path is an ARG or ENV with a non-empty value the build sets and the script does not assign (\`ENV SONARQUBE_HOME=/opt/sonarqube\`, then \`rm -rf \${SONARQUBE_HOME}/bin/*\`), or one the script sets only to non-empty values (a literal, \`$(mktemp -d)\`), once before the \`rm\` where the \`rm\` runs: in the same \`&&\` chain or \`if\` branch, or unconditionally (\`export GNUPGHOME=/tmp/gnupg_home; …; rm -rf "$GNUPGHOME"/*\`). SC2038 (\`find … | xargs\` splits names at blanks and quotes) is dropped when the \`find\` selects by exact names only (\`-name examples\`, \`-name test -o -name tests\`, a \`-regex\` ending in \`/\\(man\\|doc\\)\`) in install folders (${INSTALL_TREES.map((t) => `\`${t}\``).join(', ')}) that are not the WORKDIR nor a folder the build context was copied into: every path it prints ends in such a name, under folders packages made, and blanks there are in file names, not folders (on Debian 12, \`find /usr /etc /lib /opt /var/lib -name \'* *\'\` lists 34 files, cmake\'s help pages and setuptools\' docs, and no folder); Each \`-o\` branch must test a name (\`-maxdepth 3 -type d -name test -or -name ext\`). Also dropped in RubyGems\' folder, a variable every value of which the RUN takes from \`$(ruby -e \'puts Gem.dir\')\` (or \`gem env gemdir\`), with a \`-maxdepth\` no deeper than RubyGems\' own layout plus the name (\`find $GEM_DIR -maxdepth 3 … -name test\`: \`gems/NAME-VERSION/test\`, and gem names cannot hold blanks), unless the file sets \`GEM_HOME\` to a path with a blank or a project folder. a pattern (\`-name \'*.rst\'\`, \`-regex \'.*\\.rst\'\`), every file, \`find .\` or the project\'s folder are still reported. SC1083 (a literal \`{\` or \`}\`) is dropped in a word that writes \`\${…}\` with its \`$\` escaped (\`echo \\\${RANK:-0} > run.sh\` writes a script), and in an argument of awk or jq (\`awk -F " " {\'print $2\'}\`: the shell joins the word into the program the tool reads, \`{print $2}\`, which ShellCheck\'s wiki calls harmless); elsewhere it is reported once per word, not once per brace. SC1007 (a space after \`=\`) is dropped when the next word is another assignment (docker-library\'s \`ARCH= OPENSSL_ARCH=\'linux*\' && case …\`): that word is no command a stray space turned it into, so the empty value is meant; \`FOO= bar\`, which runs \`bar\`, is still reported. SC2072 ("Decimals are not supported") is dropped on an operand of \`<\` or \`>\` (\`[[ "$PY_PADDED" > "3.12" ]]\`, \`[ "$V" \\> 3.12 ]\`): those compare strings, which is right for versions of equal width (a zero-padded minor, Ubuntu's YY.MM) and which dlint, like ShellCheck, cannot check; on \`-gt\`, \`-lt\` and the other arithmetic operators, where the shell fails on a decimal, it is reported. SC1075 (\`else if\`: use \`elif\`) is dropped where the \`if\` begins its own line after \`else \\\` (a nested if closed by \`fi; fi\`, the form ShellCheck itself advises, which the continuation joins into \`else if\`); a nested if missing its \`fi\` is still reported as a parse error (SC1046). SC3009 (brace expansion under dash or BusyBox ash) is dropped in a URL of curl (\`curl -fsSLO \"https://…/awscli.zip\"{,.sig}\`): the shell passes the braces on and curl's own URL globbing expands them, fetching both files; not with \`-g\`/\`--globoff\`, in curl's other words (\`-o out{1,2}\`), nor for wget, which does not glob. SC2316 (\`export A=1 export B=2\`: the second \`export\` is a variable name) is dropped where that word begins its own line after a \`\\\` (a \`;\` forgotten in \`case … in v17) export V=3.5.0 \\\` / \`export SUM=ca69… \\\` / \`;;\`), when it repeats the command's own builtin, no word is an option and no value after it reads a variable assigned before it: the joined command sets and declares every variable as the separate commands would, and declares an unset variable named \`export\` besides (bash, also under \`-euo pipefail\`, dash and BusyBox ash succeed). It is kept, saying what happens, when a value reads a variable assigned before it on the joined command (\`export A=1 \\\` / \`export B=$A/x\`: every word is expanded before any variable is set, so B gets A's old value), when the builtins differ (\`export A=1 \\\` / \`readonly B=2\` does not make B read-only) or when options are among the words (\`declare -x A=1 \\\` / \`declare -x B=2\` fails on the second \`-x\`), and, with ShellCheck's own message, when it is all on one line.\n\n` +
        'By default only ShellCheck\'s errors and warnings are reported: its info and style notes (SC2086 on a value that cannot split, `echo $(cmd)`, backticks) are mostly taste in a Dockerfile, and set `level` to `info` or `style` to see them. ' +
        `${Object.entries(LEVEL_OVERRIDES).map(([code, o]) => `${code} is rated ${o.level} (${o.why})`).join('; ')}. ` +
        'SC2154 is dropped in a script that sources a file, and on a variable the same script assigned before in the prefix of a POSIX special builtin (`buildDeps=\'ca-certificates git\' set -x && apt-get install -y $buildDeps`, docker-library\'s old idiom), which POSIX sh keeps set after the builtin (dash, BusyBox ash, bash run as `sh`); it stays where the script\'s shell is bash (a bash `SHELL`, a `bash -c` body), which scopes the assignment to the builtin so the variable is empty, where the image does not tell its `/bin/sh`, and for a use before the assignment, a prefix on another command (`X=1 make; echo $X`) or one in a subshell. SC3036 and SC3037 (echo flags under dash or POSIX sh) are dropped on an echo run by its path (`/bin/echo -e \'a\\nb\'`): that is the echo program, coreutils\' or BusyBox\'s, which takes `-e`; the shell\'s own `echo -e` is still reported. In BusyBox ash (Alpine) `source`, arguments to `.`, `[[ ]]` and `==` are not reported as unportable, and no portability check (SC3xxx, SC2240) runs where the base image does not tell what its `/bin/sh` is.\n\n' +
        'Suppress one code with `# dlint-ignore SC2086` or `# hadolint ignore=SC2086` above the RUN, or everywhere with the `exclude` option.',
      bad: 'FROM debian:12\nARG VERSION\nRUN cd /srv/app; curl -fsSL https://example.com/$VERSION.tgz | tar xz\nRUN [[ -f /etc/os-release ]] && echo ok',
      good: 'FROM debian:12\nARG VERSION\nWORKDIR /srv/app\nRUN curl -fsSL "https://example.com/${VERSION}.tgz" | tar xz\nRUN [ -f /etc/os-release ] && echo ok',
      fixSafety: 'ShellCheck\'s own fixes (quoting an expansion, `$(…)` for backticks) are offered as unsafe fixes: they are almost always right but change words the shell sees. Fixes inside `sh -c` strings, across a `\\` continuation, or adding a line break to a continued RUN are not offered.',
      options: '`level`: the lowest ShellCheck level reported, `warning` by default (errors and warnings: real bugs and portability problems); `info` adds SC2086 and the other quoting notes, `style` everything, as hadolint reports it. `exclude`: SC codes to drop everywhere (e.g. `["SC2086"]`), on top of the checks excluded by default.',
    },
    fixable: true,
    fixKind: 'unsafe',
    // Every ShellCheck code: `--covers SC2086`, `# hadolint ignore=SC2086` and `.hadolint.yaml` reach this rule.
    covers: ['SC*'],
    options: {
      type: 'object',
      properties: {
        level: { enum: ['error', 'warning', 'info', 'style'], default: 'warning' },
        exclude: { type: 'array', items: { type: 'string', pattern: '^[Ss][Cc][0-9]{4}$' }, default: [] },
      },
      additionalProperties: false,
    },
  },
  check({ model, shellcheck, options, report }) {
    if (!shellcheck) return;
    const exclude = new Set(options.exclude.map((c) => c.toUpperCase()));
    const lowest = LEVELS.indexOf(options.level);
    const braceWords = new Set<string>();
    for (const f of shellcheck.findings(model)) {
      if (exclude.has(f.code) || LEVELS.indexOf(f.severity) > lowest) continue;
      if (SPLITTING.has(f.code) && harmlessSplit(f.instruction, f.range)) continue;
      if (f.code === 'SC2068' && harmlessArraySplit(f.instruction, f.range)) continue;
      if (f.code === 'SC2206' && harmlessArrayElementSplit(f.instruction, f.range)) continue;
      if (f.code === 'SC2155' && harmlessMask(model, f.instruction, f.range)) continue;
      if (f.code === 'SC2164' && harmlessCd(f.instruction, f.range)) continue;
      if (f.code === 'SC1083') {
        if (literalOnPurpose(f.instruction, f.range) || programBrace(f.instruction, f.range)) continue;
        // One finding per word: its `}` repeats what its `{` said.
        const key = braceWordKey(f.instruction, f.range);
        if (braceWords.has(key)) continue;
        braceWords.add(key);
      }
      if (f.code === 'SC1007' && emptyOnPurpose(model, f.instruction, f.range)) continue;
      if (f.code === 'SC2174' && harmlessMkdirMode(f.instruction, f.range)) continue;
      if (f.code === 'SC2043' && oneItemOnPurpose(f.instruction, f.range)) continue;
      if (f.code === 'SC2115' && knownRemovalPath(f.instruction, f.range)) continue;
      if (f.code === 'SC2038' && exactNamesInInstallTree(f.instruction, f.range)) continue;
      if (f.code === 'SC2072' && stringComparison(model, f.instruction, f.range)) continue;
      if (f.code === 'SC1075' && nestedIfOnPurpose(model, f.instruction, f.range)) continue;
      if (f.code === 'SC3009' && curlUrlBrace(f.instruction, f.range)) continue;
      if ((f.code === 'SC3036' || f.code === 'SC3037') && echoProgram(f.instruction, f.range)) continue;
      if (f.code === 'SC2154' && assignedByBuiltinPrefix(model, f)) continue;
      // A variable "referenced but not assigned" may come from a file the script sources (`. ./APKBUILD`).
      if (f.code === 'SC2154' && f.instruction.run?.script?.commands.some((c) => c.name === '.' || c.name === 'source')) continue;
      let message = f.message;
      if (f.code === 'SC2316') {
        // A declaration the `\` continuation joined to the line before (src/shellcheck/splitting.ts).
        const joined = joinedDeclaration(f.instruction, f.range);
        if (joined === 'harmless') continue;
        if (joined) message = joined.message;
      }
      report({
        range: f.range,
        message: `${f.code}: ${message}`,
        severity: f.severity,
        code: f.code,
        url: `https://www.shellcheck.net/wiki/${f.code}`,
        ...(f.fix ? { fix: f.fix } : {}),
      });
    }
  },
});
