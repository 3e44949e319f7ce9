/**
 * Programs that create a cache folder under the home of the user running them (`~/.cache/<tool>`, the XDG default),
 * or run code that may (an interpreter, a JavaScript package manager running install scripts: Puppeteer's and
 * Cypress's downloads go to `~/.cache/puppeteer`, `~/.cache/Cypress`). Run as root, they make `~/.cache` root's.
 * uv (docs.astral.sh/uv, "Caching": `$XDG_CACHE_HOME/uv` or `~/.cache/uv`), Poetry (`~/.cache/pypoetry`), Pipenv,
 * PDM, Hatch, pip-tools (`~/.cache/pip-tools`), pre-commit, Go's build cache (`go help cache`: `$XDG_CACHE_HOME/go-build`
 * or `~/.cache/go-build`), Bazel and Bazelisk, the Hugging Face CLI (`~/.cache/huggingface`), Playwright
 * (`~/.cache/ms-playwright`), Deno, ccache 4.
 */
export const HOME_CACHE_WRITERS: ReadonlySet<string> = new Set([
  'uv', 'uvx', 'poetry', 'pipenv', 'pdm', 'hatch', 'pip-compile', 'pip-sync', 'pre-commit', 'go', 'bazel', 'bazelisk',
  'hf', 'huggingface-cli', 'playwright', 'deno', 'ccache',
  'npm', 'npx', 'yarn', 'pnpm', 'node', 'bun',
]);

/** Interpreters whose programs may write there (a model download, matplotlib's font cache), matched without a version. */
export const CODE_RUNNERS = /^(python|pypy|ruby|perl)[\d.]*$/;
