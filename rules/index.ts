/** The built-in rules, in the order of the catalogue (shared/spec/rules.md). Adding a rule: write its module, add it here. */
import type { Rule } from '../src/rule.js';
import addRemoteUrl from './add-remote-url.js';
import apkNoCache from './apk-no-cache.js';
import apkPinVersions from './apk-pin-versions.js';
import aptCleanup from './apt-cleanup.js';
import aptGetNotApt from './apt-get-not-apt.js';
import aptGetYes from './apt-get-yes.js';
import aptNoInstallRecommends from './apt-no-install-recommends.js';
import aptPinVersions from './apt-pin-versions.js';
import baseImageDigest from './base-image-digest.js';
import baseImagePlatform from './base-image-platform.js';
import baseImageTag from './base-image-tag.js';
import cdInRun from './cd-in-run.js';
import cmdPresent from './cmd-present.js';
import condaCleanup from './conda-cleanup.js';
import condaPinVersions from './conda-pin-versions.js';
import consecutiveRun from './consecutive-run.js';
import copyFromStage from './copy-from-stage.js';
import copyIgnoredFile from './copy-ignored-file.js';
import copyMultiDestSlash from './copy-multi-dest-slash.js';
import copyNotAdd from './copy-not-add.js';
import copyRelativeDest from './copy-relative-dest.js';
import curlPipeShell from './curl-pipe-shell.js';
import dockerignoreMissing from './dockerignore-missing.js';
import emptyContinuation from './empty-continuation.js';
import envSelfReference from './env-self-reference.js';
import execFormCmd from './exec-form-cmd.js';
import exposePresent from './expose-present.js';
import exposeValid from './expose-valid.js';
import fromFirst from './from-first.js';
import gemPinVersions from './gem-pin-versions.js';
import goPinVersions from './go-pin-versions.js';
import gpuBaseTag from './gpu-base-tag.js';
import gpuDevelFinalStage from './gpu-devel-final-stage.js';
import healthcheckPresent from './healthcheck-present.js';
import instructionCasing from './instruction-casing.js';
import invalidJsonForm from './invalid-json-form.js';
import labelSchema from './label-schema.js';
import layerCacheOrder from './layer-cache-order.js';
import legacyKeyValue from './legacy-key-value.js';
import maintainerDeprecated from './maintainer-deprecated.js';
import noSudo from './no-sudo.js';
import nonRootUser from './non-root-user.js';
import npmPinVersions from './npm-pin-versions.js';
import numericUser from './numeric-user.js';
import officialBaseImage from './official-base-image.js';
import onbuildInvalid from './onbuild-invalid.js';
import pipNoCacheDir from './pip-no-cache-dir.js';
import pipPinVersions from './pip-pin-versions.js';
import pointlessCommands from './pointless-commands.js';
import requirementsPinVersions from './requirements-pin-versions.js';
import rpmCleanup from './rpm-cleanup.js';
import rpmPinVersions from './rpm-pin-versions.js';
import secretsInArgEnv from './secrets-in-arg-env.js';
import serverBindAddress from './server-bind-address.js';
import shellCheck from './shell-check.js';
import shellcheck from './shellcheck.js';
import shellPipefail from './shell-pipefail.js';
import singleCmd from './single-cmd.js';
import stageNameUnique from './stage-name-unique.js';
import syntaxError from './syntax-error.js';
import torchWheelVariant from './torch-wheel-variant.js';
import undefinedVar from './undefined-var.js';
import useraddLargeUid from './useradd-large-uid.js';
import wgetAndCurl from './wget-and-curl.js';
import wgetProgress from './wget-progress.js';
import workdirAbsolute from './workdir-absolute.js';
import yarnCacheClean from './yarn-cache-clean.js';

export const builtinRules: Rule[] = [
  baseImageTag,
  baseImageDigest,
  officialBaseImage,
  gpuBaseTag,
  gpuDevelFinalStage,
  baseImagePlatform,
  aptPinVersions,
  pipPinVersions,
  requirementsPinVersions,
  npmPinVersions,
  apkPinVersions,
  rpmPinVersions,
  gemPinVersions,
  condaPinVersions,
  goPinVersions,
  nonRootUser,
  numericUser,
  noSudo,
  secretsInArgEnv,
  curlPipeShell,
  addRemoteUrl,
  copyNotAdd,
  layerCacheOrder,
  pipNoCacheDir,
  aptCleanup,
  aptNoInstallRecommends,
  aptGetYes,
  aptGetNotApt,
  apkNoCache,
  rpmCleanup,
  condaCleanup,
  dockerignoreMissing,
  copyIgnoredFile,
  yarnCacheClean,
  torchWheelVariant,
  consecutiveRun,
  useraddLargeUid,
  wgetProgress,
  wgetAndCurl,
  cmdPresent,
  exposePresent,
  serverBindAddress,
  execFormCmd,
  invalidJsonForm,
  singleCmd,
  healthcheckPresent,
  shellPipefail,
  syntaxError,
  fromFirst,
  stageNameUnique,
  copyFromStage,
  undefinedVar,
  envSelfReference,
  workdirAbsolute,
  cdInRun,
  copyRelativeDest,
  copyMultiDestSlash,
  exposeValid,
  maintainerDeprecated,
  instructionCasing,
  legacyKeyValue,
  emptyContinuation,
  onbuildInvalid,
  pointlessCommands,
  labelSchema,
  shellCheck,
  shellcheck,
] as Rule[];
