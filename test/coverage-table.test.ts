import { describe, expect, it } from 'vitest';
import { COVERAGE, coverageOf, rulesCovering } from '../src/coverage.js';
import { allRules } from '../src/lint.js';

/** BuildKit's build checks (`frontend/dockerfile/linter/ruleset.go`). */
const BUILDKIT_CHECKS = [
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName',
  'ReservedStageName', 'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath',
  'UndefinedVar', 'MultipleInstructionsDisallowed', 'LegacyKeyValueFormat', 'InvalidBaseImagePlatform',
  'RedundantTargetPlatform', 'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile', 'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat',
];

/** hadolint's DL rules: DL1001, DL3000–DL3067 and DL4000–DL4006, retired and unused numbers included. */
const HADOLINT_RULES = [
  'DL1001',
  ...Array.from({ length: 68 }, (_, i) => `DL${3000 + i}`),
  ...Array.from({ length: 7 }, (_, i) => `DL${4000 + i}`),
];

/** The rule ids of the catalogue (the spec), registered or not yet. */
const CATALOGUE = [
  'base-image-tag', 'base-image-digest', 'official-base-image', 'gpu-base-tag', 'gpu-devel-final-stage', 'base-image-platform',
  'apt-pin-versions', 'pip-pin-versions', 'requirements-pin-versions', 'npm-pin-versions', 'apk-pin-versions', 'rpm-pin-versions',
  'gem-pin-versions', 'conda-pin-versions', 'go-pin-versions', 'non-root-user', 'numeric-user', 'no-sudo', 'secrets-in-arg-env',
  'curl-pipe-shell', 'add-remote-url', 'copy-not-add', 'layer-cache-order', 'pip-no-cache-dir', 'apt-cleanup',
  'apt-no-install-recommends', 'apt-get-yes', 'apt-get-not-apt', 'apk-no-cache', 'rpm-cleanup', 'conda-cleanup',
  'dockerignore-missing', 'copy-ignored-file', 'yarn-cache-clean', 'torch-wheel-variant', 'consecutive-run', 'useradd-large-uid',
  'wget-progress', 'wget-and-curl', 'cmd-present', 'expose-present', 'server-bind-address', 'exec-form-cmd', 'invalid-json-form',
  'single-cmd', 'healthcheck-present', 'shell-pipefail', 'syntax-error', 'from-first', 'stage-name-unique', 'copy-from-stage',
  'undefined-var', 'env-self-reference', 'workdir-absolute', 'cd-in-run', 'copy-relative-dest', 'copy-multi-dest-slash',
  'expose-valid', 'maintainer-deprecated', 'instruction-casing', 'legacy-key-value', 'empty-continuation', 'onbuild-invalid',
  'pointless-commands', 'label-schema', 'shell-check',
];

describe('coverage table', () => {
  it('has every BuildKit check and every hadolint rule, once', () => {
    const ids = COVERAGE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(COVERAGE.filter((e) => e.source === 'buildkit').map((e) => e.id).sort()).toEqual([...BUILDKIT_CHECKS].sort());
    expect(COVERAGE.filter((e) => e.source === 'hadolint').map((e) => e.id).sort()).toEqual([...HADOLINT_RULES].sort());
  });

  it('gives each id either a covering rule or a one-line reason', () => {
    for (const e of COVERAGE) {
      expect(Boolean(e.coveredBy) !== Boolean(e.reason), e.id).toBe(true);
      if (e.reason) expect(e.reason.length, e.id).toBeGreaterThan(20);
      expect(e.summary.length, e.id).toBeGreaterThan(5);
    }
  });

  // Rules other helpers write may land later: the registry is read at run time, and each rule that is
  // registered must list the ids the table gives it.
  const registered = new Map(allRules().map((r) => [r.meta.id, r]));
  for (const e of COVERAGE.filter((x) => x.coveredBy)) {
    const rule = registered.get(e.coveredBy!);
    it.runIf(rule !== undefined)(`${e.id} is in ${e.coveredBy}'s meta.covers`, () => {
      expect(rule!.meta.covers).toContain(e.id);
    });
  }

  it('names only rules of the catalogue (docs/spec rule ids)', () => {
    for (const e of COVERAGE.filter((x) => x.coveredBy)) expect(CATALOGUE, `${e.id} → ${e.coveredBy}`).toContain(e.coveredBy);
  });

  it('claims nothing a rule covers without the table knowing', () => {
    const known = new Set(COVERAGE.map((e) => e.id));
    for (const rule of allRules()) {
      for (const id of rule.meta.covers.filter((c) => /^DL\d{4}$/.test(c) || BUILDKIT_CHECKS.includes(c))) {
        expect(known.has(id), `${rule.meta.id} covers ${id}`).toBe(true);
        expect(coverageOf(id)?.coveredBy, `${rule.meta.id} covers ${id}`).toBe(rule.meta.id);
      }
    }
  });
});

describe('rulesCovering', () => {
  it('finds the rules that cover a hadolint or BuildKit id, in any case', () => {
    expect(rulesCovering('DL3008').map((r) => r.meta.id)).toEqual(['apt-pin-versions']);
    expect(rulesCovering('undefinedvar').map((r) => r.meta.id)).toEqual(['undefined-var']);
    expect(rulesCovering('DL4003').map((r) => r.meta.id)).toEqual(['single-cmd']);
    expect(rulesCovering('DL9999')).toEqual([]);
  });
  it('reports the reason for ids dlint does not cover', () => {
    expect(coverageOf('InvalidBaseImagePlatform')?.reason).toContain('offline');
  });
});
