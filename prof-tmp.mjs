import fs from 'node:fs';
import { lint } from '/work/wt-speed/build/src/lint.js';
const t = fs.readFileSync(process.argv[2], 'utf8');
for (let i = 0; i < 20; i++) lint(t, { contextDir: null });
