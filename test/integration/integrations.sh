#!/usr/bin/env bash
# Integration tests with the real clients (`npm run test:integration`, run by .ci/run after `npm test`):
#   1. the npm package: `npm pack`, `npm install -g` into a clean prefix, the `dlint` it installs, what the
#      tarball ships, `npm install -g git+file://<clone>` (the README's install from a git URL), and the
#      programmatic API (ESM import and TypeScript types) from a consumer project;
#   2. Neovim (Debian's nvim, headless) as a client of the installed `dlint lsp --stdio`;
#   3. pre-commit: `pre-commit try-repo <this repo> dlint` in a new git repository with good and bad files,
#      then the README's .pre-commit-config.yaml (at this repository's HEAD).
# Needs npm (with the npm registry), pre-commit and neovim (Debian's packages: apt-get install pre-commit neovim;
# without nvim the Neovim check is skipped, saying so).
set -uo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/dlint-integration.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok: $1"; }
not_ok() { failed=$((failed + 1)); echo "FAILED: $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/    /' | tail -n 40; }
# expect DESCRIPTION EXPECTED_EXIT_CODE COMMAND...: runs COMMAND, keeps its output in $out.
expect() {
  local what=$1 want=$2
  shift 2
  out=$("$@" 2>&1)
  local code=$?
  if [ "$code" -eq "$want" ]; then ok "$what"; else not_ok "$what (exit $code, expected $want)" "$out"; fi
}
contains() { if grep -qF -- "$2" <<<"$out"; then ok "$1"; else not_ok "$1: output lacks '$2'" "$out"; fi; }
lacks() { if grep -qF -- "$2" <<<"$out"; then not_ok "$1: output has '$2'" "$out"; else ok "$1"; fi; }

bad=$'FROM python\nRUN pip install flask\nCMD ["python", "app.py"]\n'
good=$'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "app.py"]\n'

echo "== npm package"
cd "$root" || exit 1
version=$(node -p "require('./package.json').version")
# The programmatic API ships compiled (npm publish runs it as prepublishOnly); the CLI is the committed bundle.
expect "npm run compile" 0 npm run compile
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
if [ -f "$work/$tarball" ]; then ok "npm pack wrote $tarball"; else not_ok "npm pack" "$tarball"; exit 1; fi

contents=$(tar tzf "$work/$tarball" | sed 's#^package/##')
unexpected=$(grep -vE '^(package\.json|README\.md|LICENSE|THIRD-PARTY-NOTICES|dist/cli/(.+\.c?js|package\.json)|bin/dlint-language-server\.js|build/package\.json|build/(src|rules)/.+\.(js|d\.ts)|docs/rules/[a-z0-9-]+\.md|schema/dlintrc\.schema\.json)$' <<<"$contents")
if [ -z "$unexpected" ]; then ok "the tarball ships only the CLI bundle, build output, docs, schema, README, LICENSE"; else not_ok "the tarball ships unneeded files" "$unexpected"; fi
for needed in dist/cli/dlint.js dist/cli/core.cjs dist/cli/package.json bin/dlint-language-server.js LICENSE THIRD-PARTY-NOTICES build/src/index.js build/src/index.d.ts build/rules/index.js build/package.json; do
  if grep -qxF "$needed" <<<"$contents"; then ok "the tarball has $needed"; else not_ok "the tarball lacks $needed"; fi
done

prefix="$work/prefix"
expect "npm install -g --prefix <clean prefix> ./$tarball" 0 npm install -g --prefix "$prefix" --no-audit --no-fund "$work/$tarball"
dlint="$prefix/bin/dlint"
expect "dlint --version" 0 "$dlint" --version
if [ "$out" = "$version" ]; then ok "dlint --version prints $version"; else not_ok "dlint --version printed '$out', not $version"; fi

project="$work/project"
mkdir -p "$project"
printf '%s' "$bad" >"$project/Dockerfile"
printf '%s' "$good" >"$project/good.Dockerfile"
cd "$project" || exit 1
expect "the installed dlint exits 1 on a bad Dockerfile" 1 "$dlint" Dockerfile
contains "the installed dlint reports the finding" 'Dockerfile:1:6 warning base-image-tag `python` has no tag'
expect "the installed dlint exits 0 on a good Dockerfile" 0 "$dlint" good.Dockerfile
expect "the installed dlint searches the folder" 1 "$dlint" --format json
contains "the folder search finds Dockerfile" '"file": "Dockerfile"'

# The README's install from a git URL: npm builds nothing (no prepare script; the CLI bundle is committed), so a
# global install without devDependencies works. A clone of HEAD stands for the GitHub repository.
clone="$work/clone"
git clone -q "$root" "$clone"
gitprefix="$work/git-prefix"
expect "npm install -g --prefix <tmp> git+file://<clone>" 0 npm install -g --prefix "$gitprefix" --no-audit --no-fund "git+file://$clone"
expect "the git-installed dlint --version" 0 "$gitprefix/bin/dlint" --version
if [ "$out" = "$version" ]; then ok "the git-installed dlint prints $version"; else not_ok "the git-installed dlint printed '$out', not $version"; fi
expect "the git-installed dlint exits 1 on a bad Dockerfile" 1 "$gitprefix/bin/dlint" "$project/Dockerfile"
contains "the git-installed dlint reports the finding" 'Dockerfile:1:6 warning base-image-tag `python` has no tag'
cd "$work" || exit 1

# A consumer project: the package's exports, ESM import and TypeScript types.
consumer="$work/consumer"
mkdir -p "$consumer"
cd "$consumer" || exit 1
printf '{ "name": "consumer", "private": true, "type": "module" }\n' >package.json
expect "npm install ./$tarball in a project" 0 npm install --no-audit --no-fund --prefer-offline "$work/$tarball"
cat >api.mjs <<'EOF'
import { lint, lintFiles } from 'dlint';
const findings = lint('FROM python\n', { filePath: 'Dockerfile' });
const files = await lintFiles(['Dockerfile'], { cwd: process.argv[2] });
console.log(JSON.stringify({ ids: findings.map((f) => f.ruleId), files: files.map((r) => [r.file, r.findings.length > 0]) }));
EOF
expect "import { lint, lintFiles } from 'dlint'" 0 node api.mjs "$project"
contains "lint() reports base-image-tag" '"base-image-tag"'
contains "lintFiles() lints the file" '"files":[["Dockerfile",true]]'
cat >api.ts <<'EOF'
import { lint, type Finding, type LintOptions } from 'dlint';
const options: LintOptions = { filePath: 'Dockerfile', preset: 'strict' };
const findings: Finding[] = lint('FROM python\n', options);
export const lines: number[] = findings.map((f) => f.range.start.line);
EOF
printf '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true, "skipLibCheck": true, "types": [] }, "files": ["api.ts"] }\n' >tsconfig.json
expect "the package's TypeScript types check" 0 node "$root/node_modules/typescript/bin/tsc" -p .

echo "== Neovim (LSP client)"
# Neovim drives the installed `dlint lsp --stdio` as an editor does: diagnostics, the preferred code
# action, and the written file compared with the expected one (lsp-client.lua says how).
if [ -x "$prefix/bin/dlint-language-server" ]; then ok "the package installs dlint-language-server"; else not_ok "the package lacks the dlint-language-server bin"; fi
if ! command -v nvim >/dev/null; then
  echo "skipped: nvim is not installed and could not be (Debian: apt-get install neovim)"
else
  edited="$work/nvim"
  mkdir -p "$edited"
  cp "$root/test/integration/neovim/bad.Dockerfile" "$edited/Dockerfile"
  cd "$edited" || exit 1
  expect "nvim --headless: dlint diagnostics, preferred code action, :write ($(nvim --version | head -n 1))" 0 \
    env DLINT_LSP_CMD="[\"$dlint\", \"lsp\", \"--stdio\"]" DOCKERFILE="$edited/Dockerfile" \
    EXPECTED='exec-form-cmd@5,pip-no-cache-dir@3,pip-pin-versions@3' FIX_CODE=exec-form-cmd EXPECTED_AFTER='pip-no-cache-dir@3,pip-pin-versions@3' \
    timeout 300 nvim --headless --clean -c "luafile $root/test/integration/neovim/lsp-client.lua"
  contains "Neovim got dlint's diagnostics" 'diagnostics: exec-form-cmd@5,pip-no-cache-dir@3,pip-pin-versions@3'
  contains "Neovim applied the preferred quick fix" '(dlint exec-form-cmd) (preferred)'
  if diff -u "$root/test/integration/neovim/fixed.Dockerfile" "$edited/Dockerfile" >"$work/nvim.diff"; then ok "the file Neovim wrote is the expected fixed file"; else not_ok "the file Neovim wrote differs from fixed.Dockerfile" "$(cat "$work/nvim.diff")"; fi
fi

echo "== pre-commit"
if ! command -v pre-commit >/dev/null; then
  not_ok "pre-commit is not installed (Debian: apt-get install pre-commit)"
else
  repo="$work/hooked"
  mkdir -p "$repo/services"
  cd "$repo" || exit 1
  git init -q .
  printf '%s' "$bad" >Dockerfile
  printf 'FROM debian:12\nRUN apt-get install -y curl\nUSER 1000\nCMD ["curl"]\n' >Containerfile
  printf '%s' "$good" >services/api.Dockerfile
  printf 'node_modules\n' >Dockerfile.dockerignore
  printf '# app\n' >README.md
  git add -A
  export PRE_COMMIT_HOME="$work/pre-commit-home"
  expect "pre-commit try-repo dlint --all-files fails on the bad files" 1 pre-commit try-repo "$root" dlint --all-files
  contains "the hook reports the bad Dockerfile" 'Dockerfile:1:6 warning base-image-tag'
  contains "the hook lints Containerfile" 'Containerfile:2:5 warning apt-pin-versions'
  lacks "the hook passes only the bad files' findings" 'api.Dockerfile:'
  lacks "the hook leaves Dockerfile.dockerignore alone" 'dockerignore'
  contains "the hook gets Dockerfile, Containerfile and api.Dockerfile" 'in 3 files.'
  # The README's .pre-commit-config.yaml, pointing at this repository's HEAD: its environment stays
  # in PRE_COMMIT_HOME, which shows which Node it was made with.
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: dlint\n' "$root" "$(git -C "$root" rev-parse HEAD)" >.pre-commit-config.yaml
  git add .pre-commit-config.yaml
  expect "pre-commit run (.pre-commit-config.yaml) passes on the good file" 0 pre-commit run dlint --files services/api.Dockerfile
  contains "the hook reports Passed" 'Passed'
  if compgen -G "$PRE_COMMIT_HOME/repo*/node_env-system" >/dev/null; then ok "the hook runs on the system Node"; else not_ok "the hook did not use the system Node" "$(ls -d "$PRE_COMMIT_HOME"/repo*/* 2>&1)"; fi
fi

echo "integration: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
