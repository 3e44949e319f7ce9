#!/usr/bin/env node
// The language server for editors: the same program as `dlint lsp --stdio`, from the committed CLI bundle.
process.argv.splice(2, process.argv.length - 2, 'lsp', '--stdio');
await import('../dist/cli/dlint.js');
