/** Regenerates the README rules table, docs/rules/<id>.md, schema/dlintrc.schema.json and the build-time validators from the rules' meta (`npm run docs`). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFileText } from '../src/config/schema.js';
import { expectedDocs } from '../src/docs-files.js';
import { GENERATED } from './generate-validators.js';
import { allRules } from '../src/lint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = path.join(root, 'docs', 'rules');
fs.mkdirSync(docsDir, { recursive: true });
const { readme, pages } = expectedDocs(fs.readFileSync(path.join(root, 'README.md'), 'utf8'));
fs.writeFileSync(path.join(root, 'README.md'), readme);
for (const name of fs.readdirSync(docsDir)) if (!pages.has(name)) fs.unlinkSync(path.join(docsDir, name));
for (const [name, text] of pages) fs.writeFileSync(path.join(docsDir, name), text);
fs.mkdirSync(path.join(root, 'schema'), { recursive: true });
fs.writeFileSync(path.join(root, 'schema', 'dlintrc.schema.json'), schemaFileText(allRules()));
for (const [file, source] of Object.entries(GENERATED)) fs.writeFileSync(path.join(root, file), source());
console.log(`README table, ${pages.size} rule pages, schema/dlintrc.schema.json and src/config/generated/ written.`);
