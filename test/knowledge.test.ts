import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cudnnPartsFor, wheelVariantFor } from '../src/knowledge/gpu-images.js';
import { CUDA_MINORS } from '../src/knowledge/generated/cuda-tags.js';
import { OFFICIAL_IMAGES, SOURCE } from '../src/knowledge/generated/official-images.js';
import { TORCH_RELEASES } from '../src/knowledge/generated/pytorch-tags.js';
import { ROOT } from './helpers.js';
import { aptGraphFromIndexes } from '../scripts/knowledge/apt-graph.js';

describe('knowledge tables', () => {
  it('are what npm run knowledge:update generates from the data folder of the repository', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    // The default data folder (data/knowledge), whatever DLINT_DATA_DIR the caller has set.
    const env = { ...process.env };
    delete env.DLINT_DATA_DIR;
    expect(() => execFileSync(tsx, ['scripts/update-knowledge.ts', '--check'], { cwd: ROOT, stdio: 'pipe', env })).not.toThrow();
  });
  it('keep their source line', () => {
    expect(SOURCE).toMatch(/docker-library\/official-images .* at commit [0-9a-f]{40}/);
    expect(OFFICIAL_IMAGES).toContain('python');
    expect(OFFICIAL_IMAGES).not.toContain('centos');
  });
  it('are consistent: supported patches were published, cuDNN parts follow the CUDA release', () => {
    for (const m of CUDA_MINORS) if (m.latest) expect(m.published).toContain(m.latest);
    expect(cudnnPartsFor('12.2.2')).toEqual(['cudnn8']);
    expect(cudnnPartsFor('12.3.2')).toEqual(['cudnn9']);
    expect(cudnnPartsFor('12.4.0')).toEqual([]);
    expect(cudnnPartsFor('12.4.1')).toEqual(['cudnn']);
    expect(cudnnPartsFor('13.1.0')).toEqual([]);
    expect(TORCH_RELEASES.find((r) => r.minor === '2.10')?.cuda).toEqual(['12.6', '12.8', '13.0']);
  });
  it('pick the wheel index that fits a CUDA base', () => {
    expect(wheelVariantFor('12.4')).toBe('cu124');
    expect(wheelVariantFor('12.2')).toBe('cu121');
    expect(wheelVariantFor('11.8')).toBe('cu118');
    expect(wheelVariantFor('13.1')).toBe('cu130');
  });
});

describe('apt dependency graph (npm run knowledge:update -- --apt DIR)', () => {
  /** A Packages index: the paragraphs given, and enough Essential filler packages to pass the size check. */
  const index = (paragraphs: string[]): string =>
    [...paragraphs, ...Array.from({ length: 1000 }, (_, i) => `Package: filler${i}\nPriority: optional\nEssential: yes`)].join('\n\n');
  it('reads Depends and Recommends per release, resolves virtual names, and leaves out what the base images have', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-apt-'));
    const common = ['Package: libc6\nPriority: required', 'Package: less\nDepends: libc6', 'Package: openssh-client\nProvides: ssh-client\nDepends: libc6'];
    fs.writeFileSync(path.join(dir, 'bookworm-main.Packages'), index([...common, 'Package: git\nDepends: libc6, perl\nRecommends: less, ssh-client', 'Package: perl\nDepends: libc6', 'Package: curl\nDepends: libc6']));
    fs.writeFileSync(path.join(dir, 'trixie-main.Packages'), index([...common, 'Package: git\nDepends: libc6, perl\nRecommends: less, ssh-client', 'Package: perl\nDepends: libc6', 'Package: curl\nDepends: libc6\nRecommends: bash-completion', 'Package: bash-completion']));
    const text = aptGraphFromIndexes(dir, ['git', 'curl', 'nosuch'], '2026-12-07');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(text).toMatch(/^# source: Packages indexes bookworm-main, trixie-main \(amd64\), read 2026-12-07/);
    expect(text).toContain('# releases: bookworm trixie');
    // libc6 is in every base image: no edge leads to it. The virtual ssh-client is its one provider.
    expect(text).toMatch(/^# base: .*\blibc6\b/m);
    expect(text).toContain('\ngit: | less openssh-client\n');
    // curl recommends bash-completion on trixie only; bash-completion exists only there.
    expect(text).toContain('\ncurl: | bash-completion@trixie\n');
    expect(text).toContain('\nbash-completion@trixie:\n');
    expect(text).not.toContain('nosuch');
  });
  it('refuses a folder without indexes', () => {
    expect(() => aptGraphFromIndexes(os.tmpdir() + '/dlint-no-such-folder', ['git'], '2026-12-07')).toThrow(/holds no/);
  });
});
