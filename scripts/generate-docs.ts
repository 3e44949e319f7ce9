/** Regenerates the README rules table and docs/rules/<id>.md from the rules' meta (`npm run docs`). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedDocs } from '../src/docs-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = path.join(root, 'docs', 'rules');
fs.mkdirSync(docsDir, { recursive: true });
const { readme, pages } = expectedDocs(fs.readFileSync(path.join(root, 'README.md'), 'utf8'));
fs.writeFileSync(path.join(root, 'README.md'), readme);
for (const name of fs.readdirSync(docsDir)) if (!pages.has(name)) fs.unlinkSync(path.join(docsDir, name));
for (const [name, text] of pages) fs.writeFileSync(path.join(docsDir, name), text);
console.log(`README table and ${pages.size} rule pages written.`);
