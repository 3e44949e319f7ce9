/**
 * Which dlint rules cover a hadolint (DLxxxx), ShellCheck or BuildKit check id, through each rule's `meta.covers`;
 * and the table of which dlint rule covers each hadolint rule and each BuildKit build check (`docker build --check`),
 * or why none does. The covering rule must list the id in its `meta.covers` (the tests check it), so
 * `# hadolint ignore=DL3008`, `.hadolint.yaml` and `# check=skip=…` map onto dlint rules.
 *
 * Lists: BuildKit `frontend/dockerfile/linter/ruleset.go`; hadolint `src/Hadolint/Rule/*.hs` and its
 * README rule table (numbers it retired are listed too, so every id in DL3000–DL3067 has an answer).
 */
import { builtinRules } from '../rules/index.js';
import type { Rule } from './rule.js';

export type ExternalSource = 'buildkit' | 'hadolint';

export interface CoverageEntry {
  id: string;
  source: ExternalSource;
  /** What the external check is about, in a few words. */
  summary: string;
  /** The dlint rule that covers it. */
  coveredBy?: string;
  /** Why dlint has no rule for it (when `coveredBy` is absent). */
  reason?: string;
}

const bk = (id: string, summary: string, coveredBy: string): CoverageEntry => ({ id, source: 'buildkit', summary, coveredBy });
const hl = (id: string, summary: string, coveredBy: string): CoverageEntry => ({ id, source: 'hadolint', summary, coveredBy });
const none = (source: ExternalSource, id: string, summary: string, reason: string): CoverageEntry => ({ id, source, summary, reason });
const retired = (id: string, summary: string): CoverageEntry =>
  none('hadolint', id, summary, 'Retired by hadolint (no longer in its rule set); nothing to cover.');

export const COVERAGE: readonly CoverageEntry[] = [
  bk('StageNameCasing', 'Stage names should be lowercase', 'instruction-casing'),
  bk('FromAsCasing', "The 'as' keyword should match the case of the 'from' keyword", 'instruction-casing'),
  bk('NoEmptyContinuation', 'Empty continuation lines will become errors', 'empty-continuation'),
  bk('ConsistentInstructionCasing', 'Instructions should be in consistent casing', 'instruction-casing'),
  bk('DuplicateStageName', 'Stage names should be unique', 'stage-name-unique'),
  bk('ReservedStageName', 'Reserved words should not be used as stage names', 'stage-name-unique'),
  bk('JSONArgsRecommended', 'JSON arguments recommended for ENTRYPOINT/CMD', 'exec-form-cmd'),
  bk('MaintainerDeprecated', 'The MAINTAINER instruction is deprecated', 'maintainer-deprecated'),
  bk('UndefinedArgInFrom', 'FROM command must use declared ARGs', 'undefined-var'),
  bk('WorkdirRelativePath', 'Relative workdir without an absolute workdir declared in the build', 'workdir-absolute'),
  bk('UndefinedVar', 'Variables should be defined before their use', 'undefined-var'),
  bk('MultipleInstructionsDisallowed', 'Multiple CMD/ENTRYPOINT/HEALTHCHECK in one stage', 'single-cmd'),
  bk('LegacyKeyValueFormat', 'Legacy key/value format with whitespace separator', 'legacy-key-value'),
  none(
    'buildkit',
    'InvalidBaseImagePlatform',
    'Base image platform does not match the expected target platform',
    'Needs the pulled image\'s platform from the registry; dlint lints offline, without pulling images.',
  ),
  bk('RedundantTargetPlatform', 'Setting the platform to $TARGETPLATFORM is redundant', 'base-image-platform'),
  bk('SecretsUsedInArgOrEnv', 'Sensitive data should not be used in ARG or ENV', 'secrets-in-arg-env'),
  bk('InvalidDefaultArgInFrom', 'Default ARG values should give a valid base image', 'undefined-var'),
  bk('FromPlatformFlagConstDisallowed', 'FROM --platform should not use a constant value', 'base-image-platform'),
  bk('CopyIgnoredFile', 'COPY/ADD of a file excluded by .dockerignore', 'copy-ignored-file'),
  none(
    'buildkit',
    'InvalidDefinitionDescription',
    'Comment for a build stage or ARG should follow the format `# <name> <description>`',
    'Experimental, opt-in BuildKit check about documentation-comment wording for `docker buildx build --call=outline`; not a build problem.',
  ),
  bk('ExposeProtoCasing', 'Protocol in EXPOSE should be lowercase', 'expose-valid'),
  bk('ExposeInvalidFormat', 'EXPOSE should not define an IP address or host-port mapping', 'expose-valid'),

  none('hadolint', 'DL1001', 'Please refrain from using inline ignore pragmas', 'A rule against suppressions is not a Dockerfile problem; dlint honours `# hadolint ignore=` comments as suppressions instead.'),
  hl('DL3000', 'Use absolute WORKDIR', 'workdir-absolute'),
  hl('DL3001', 'Commands that make no sense in a container (ssh, vim, …)', 'pointless-commands'),
  hl('DL3002', 'Last user should not be root', 'non-root-user'),
  hl('DL3003', 'Use WORKDIR to switch to a directory', 'cd-in-run'),
  hl('DL3004', 'Do not use sudo', 'no-sudo'),
  retired('DL3005', 'Do not use apt-get upgrade or dist-upgrade'),
  hl('DL3006', 'Always tag the version of an image explicitly', 'base-image-tag'),
  hl('DL3007', 'Using latest is prone to errors', 'base-image-tag'),
  hl('DL3008', 'Pin versions in apt-get install', 'apt-pin-versions'),
  hl('DL3009', 'Delete the apt-get lists after installing something', 'apt-cleanup'),
  none(
    'hadolint',
    'DL3010',
    'Use ADD for extracting archives into an image',
    'Copying an archive and unpacking it in a RUN is often deliberate (checksums, selective extraction); dlint flags the opposite mistake, ADD of plain files (`copy-not-add`).',
  ),
  hl('DL3011', 'Valid UNIX ports range from 0 to 65535', 'expose-valid'),
  hl('DL3012', 'Multiple HEALTHCHECK instructions', 'single-cmd'),
  hl('DL3013', 'Pin versions in pip', 'pip-pin-versions'),
  hl('DL3014', 'Use the -y switch with apt-get install', 'apt-get-yes'),
  hl('DL3015', 'Avoid additional packages by specifying --no-install-recommends', 'apt-no-install-recommends'),
  hl('DL3016', 'Pin versions in npm', 'npm-pin-versions'),
  retired('DL3017', 'Do not use apk upgrade'),
  hl('DL3018', 'Pin versions in apk add', 'apk-pin-versions'),
  hl('DL3019', 'Use the --no-cache switch with apk add', 'apk-no-cache'),
  hl('DL3020', 'Use COPY instead of ADD for files and folders', 'copy-not-add'),
  hl('DL3021', 'COPY with more than 2 arguments requires the last argument to end with /', 'copy-multi-dest-slash'),
  hl('DL3022', 'COPY --from should reference a previously defined FROM alias', 'copy-from-stage'),
  hl('DL3023', 'COPY --from cannot reference its own FROM alias', 'copy-from-stage'),
  hl('DL3024', 'FROM aliases (stage names) must be unique', 'stage-name-unique'),
  hl('DL3025', 'Use arguments JSON notation for CMD and ENTRYPOINT', 'exec-form-cmd'),
  hl('DL3026', 'Use only an allowed registry in the FROM image', 'official-base-image'),
  hl('DL3027', 'Do not use apt, use apt-get or apt-cache', 'apt-get-not-apt'),
  hl('DL3028', 'Pin versions in gem install', 'gem-pin-versions'),
  hl('DL3029', 'Do not use --platform flag with FROM', 'base-image-platform'),
  hl('DL3030', 'Use the -y switch with yum install', 'rpm-cleanup'),
  retired('DL3031', 'Do not use yum update'),
  hl('DL3032', 'yum clean all missing after yum command', 'rpm-cleanup'),
  hl('DL3033', 'Specify version with yum install', 'rpm-pin-versions'),
  hl('DL3034', 'Non-interactive switch missing from zypper command', 'rpm-cleanup'),
  none(
    'hadolint',
    'DL3035',
    'Do not use zypper dist-upgrade',
    'Upgrading the whole distribution inside an image build is rare in the Dockerfiles dlint targets; no rule yet.',
  ),
  hl('DL3036', 'zypper clean missing after zypper use', 'rpm-cleanup'),
  hl('DL3037', 'Specify version with zypper install', 'rpm-pin-versions'),
  hl('DL3038', 'Use the -y switch with dnf install', 'rpm-cleanup'),
  retired('DL3039', 'Do not use dnf update'),
  hl('DL3040', 'dnf clean all missing after dnf command', 'rpm-cleanup'),
  hl('DL3041', 'Specify version with dnf install', 'rpm-pin-versions'),
  hl('DL3042', 'Avoid the pip cache with --no-cache-dir', 'pip-no-cache-dir'),
  hl('DL3043', 'ONBUILD, FROM or MAINTAINER triggered from within ONBUILD', 'onbuild-invalid'),
  hl('DL3044', 'Do not refer to an environment variable within the same ENV statement', 'env-self-reference'),
  hl('DL3045', 'COPY to a relative destination without WORKDIR set', 'copy-relative-dest'),
  hl('DL3046', 'useradd without -l and a high UID makes a huge image', 'useradd-large-uid'),
  hl('DL3047', 'wget without --progress bloats build logs', 'wget-progress'),
  hl('DL3048', 'Invalid label key', 'label-schema'),
  hl('DL3049', 'Label is missing', 'label-schema'),
  hl('DL3050', 'Superfluous label(s) present', 'label-schema'),
  hl('DL3051', 'Label is empty', 'label-schema'),
  hl('DL3052', 'Label is not a valid URL', 'label-schema'),
  hl('DL3053', 'Label is not a valid RFC 3339 time', 'label-schema'),
  hl('DL3054', 'Label is not a valid SPDX identifier', 'label-schema'),
  hl('DL3055', 'Label is not a valid git hash', 'label-schema'),
  hl('DL3056', 'Label does not conform to semantic versioning', 'label-schema'),
  hl('DL3057', 'HEALTHCHECK instruction missing', 'healthcheck-present'),
  hl('DL3058', 'Label is not a valid e-mail address', 'label-schema'),
  hl('DL3059', 'Multiple consecutive RUN instructions', 'consecutive-run'),
  hl('DL3060', 'yarn cache clean missing after yarn install', 'yarn-cache-clean'),
  hl('DL3061', 'Dockerfile must begin with FROM, ARG or a comment', 'from-first'),
  hl('DL3062', 'Pin versions in go install', 'go-pin-versions'),
  hl('DL3063', 'Stage name should not be a reserved word', 'stage-name-unique'),
  hl('DL3064', 'Sensitive data should not be used in ARG or ENV', 'secrets-in-arg-env'),
  hl('DL3065', 'FROM --platform=$TARGETPLATFORM is redundant', 'base-image-platform'),
  hl('DL3066', 'Non-numeric user id may not be resolvable by the host', 'numeric-user'),
  none(
    'hadolint',
    'DL3067',
    'Do not copy an entire filesystem from another stage',
    'Copying a whole stage root (`COPY --from=build / /`) is a deliberate flattening pattern in the multi-stage builds dlint sees; no rule yet.',
  ),
  hl('DL4000', 'MAINTAINER is deprecated', 'maintainer-deprecated'),
  hl('DL4001', 'Either use wget or curl, not both', 'wget-and-curl'),
  none('hadolint', 'DL4002', '(unused number)', 'hadolint has no rule with this number.'),
  hl('DL4003', 'Multiple CMD instructions', 'single-cmd'),
  hl('DL4004', 'Multiple ENTRYPOINT instructions', 'single-cmd'),
  none(
    'hadolint',
    'DL4005',
    'Use SHELL to change the default shell',
    'Replacing /bin/sh with `ln -s` is rare in the images dlint targets, and `shell-pipefail` already steers users to SHELL; no rule yet.',
  ),
  hl('DL4006', 'Set -o pipefail before RUN with a pipe', 'shell-pipefail'),
];

/** Whether a `meta.covers` entry names `id`: equal ignoring case, or a prefix ending in `*` (`SC*`: every ShellCheck code). */
export function coversId(entry: string, id: string): boolean {
  const e = entry.toLowerCase();
  const want = id.trim().toLowerCase();
  return e.endsWith('*') ? want.startsWith(e.slice(0, -1)) && /\d$/.test(want) : e === want;
}

/** The rules whose `meta.covers` list `id` (a hadolint code, ShellCheck code or BuildKit check name; case does not matter). */
export function rulesCovering(id: string, rules: readonly Rule[] = builtinRules): Rule[] {
  return rules.filter((r) => r.meta.covers.some((c) => coversId(c, id)));
}

/** The coverage entry for a hadolint or BuildKit id, if dlint knows it. */
export function coverageOf(id: string): CoverageEntry | undefined {
  const want = id.trim().toLowerCase();
  return COVERAGE.find((e) => e.id.toLowerCase() === want);
}
