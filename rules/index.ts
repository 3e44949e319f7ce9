/** The built-in rules, in catalogue order. Adding a rule: write its module, add it here. */
import type { Rule } from '../src/rule.js';
import aptPinVersions from './apt-pin-versions.js';
import pipPinVersions from './pip-pin-versions.js';
import npmPinVersions from './npm-pin-versions.js';
import apkPinVersions from './apk-pin-versions.js';
import rpmPinVersions from './rpm-pin-versions.js';
import gemPinVersions from './gem-pin-versions.js';
import condaPinVersions from './conda-pin-versions.js';
import goPinVersions from './go-pin-versions.js';
import pipNoCacheDir from './pip-no-cache-dir.js';
import baseImageTag from './base-image-tag.js';
import officialBaseImage from './official-base-image.js';
import gpuBaseTag from './gpu-base-tag.js';
import gpuDevelFinalStage from './gpu-devel-final-stage.js';
import secretsInArgEnv from './secrets-in-arg-env.js';
import torchWheelVariant from './torch-wheel-variant.js';
import cmdPresent from './cmd-present.js';
import execFormCmd from './exec-form-cmd.js';
import invalidJsonForm from './invalid-json-form.js';
import nonRootUser from './non-root-user.js';
import aptCleanup from './apt-cleanup.js';
import aptNoInstallRecommends from './apt-no-install-recommends.js';
import aptGetYes from './apt-get-yes.js';
import aptGetNotApt from './apt-get-not-apt.js';
import apkNoCache from './apk-no-cache.js';
import rpmCleanup from './rpm-cleanup.js';
import condaCleanup from './conda-cleanup.js';
import yarnCacheClean from './yarn-cache-clean.js';
import consecutiveRun from './consecutive-run.js';
import useraddLargeUid from './useradd-large-uid.js';
import wgetProgress from './wget-progress.js';
import wgetAndCurl from './wget-and-curl.js';
import requirementsPinVersions from './requirements-pin-versions.js';
import serverBindAddress from './server-bind-address.js';
import exposePresent from './expose-present.js';
import layerCacheOrder from './layer-cache-order.js';
import dockerignoreMissing from './dockerignore-missing.js';
import copyIgnoredFile from './copy-ignored-file.js';
import noSudo from './no-sudo.js';
import curlPipeShell from './curl-pipe-shell.js';
import shellPipefail from './shell-pipefail.js';
import cdInRun from './cd-in-run.js';
import pointlessCommands from './pointless-commands.js';
import shellCheck from './shell-check.js';

import syntaxError from './syntax-error.js';
import fromFirst from './from-first.js';
import stageNameUnique from './stage-name-unique.js';
import copyFromStage from './copy-from-stage.js';
import undefinedVar from './undefined-var.js';
import envSelfReference from './env-self-reference.js';
import workdirAbsolute from './workdir-absolute.js';
import copyRelativeDest from './copy-relative-dest.js';
import copyMultiDestSlash from './copy-multi-dest-slash.js';
import exposeValid from './expose-valid.js';
import maintainerDeprecated from './maintainer-deprecated.js';
import instructionCasing from './instruction-casing.js';
import legacyKeyValue from './legacy-key-value.js';
import emptyContinuation from './empty-continuation.js';
import onbuildInvalid from './onbuild-invalid.js';
import labelSchema from './label-schema.js';
import singleCmd from './single-cmd.js';
import healthcheckPresent from './healthcheck-present.js';
import baseImageDigest from './base-image-digest.js';
import baseImagePlatform from './base-image-platform.js';
import numericUser from './numeric-user.js';
import addRemoteUrl from './add-remote-url.js';
import copyNotAdd from './copy-not-add.js';
export const builtinRules: Rule[] = [
  baseImageTag,
  officialBaseImage,
  gpuBaseTag,
  gpuDevelFinalStage,
  aptPinVersions,
  pipPinVersions,
  npmPinVersions,
  apkPinVersions,
  rpmPinVersions,
  gemPinVersions,
  condaPinVersions,
  goPinVersions,
  pipNoCacheDir,
  nonRootUser,
  secretsInArgEnv,
  cmdPresent,
  execFormCmd,
  invalidJsonForm,
  aptCleanup,
  aptNoInstallRecommends,
  aptGetYes,
  aptGetNotApt,
  apkNoCache,
  rpmCleanup,
  condaCleanup,
  yarnCacheClean,
  torchWheelVariant,
  consecutiveRun,
  useraddLargeUid,
  wgetProgress,
  wgetAndCurl,
  requirementsPinVersions,
  serverBindAddress,
  exposePresent,
  layerCacheOrder,
  dockerignoreMissing,
  copyIgnoredFile,
  noSudo,
  curlPipeShell,
  shellPipefail,
  cdInRun,
  pointlessCommands,
  shellCheck,
  baseImageDigest,
  baseImagePlatform,
  numericUser,
  addRemoteUrl,
  copyNotAdd,
  singleCmd,
  healthcheckPresent,
  syntaxError,
  fromFirst,
  stageNameUnique,
  copyFromStage,
  undefinedVar,
  envSelfReference,
  workdirAbsolute,
  copyRelativeDest,
  copyMultiDestSlash,
  exposeValid,
  maintainerDeprecated,
  instructionCasing,
  legacyKeyValue,
  emptyContinuation,
  onbuildInvalid,
  labelSchema,
] as Rule[];
