/** The built-in rules, in catalogue order. Adding a rule: write its module, add it here. */
import type { Rule } from '../src/rule.js';
import aptPinVersions from './apt-pin-versions.js';
import baseImageTag from './base-image-tag.js';
import cmdPresent from './cmd-present.js';
import execFormCmd from './exec-form-cmd.js';
import invalidJsonForm from './invalid-json-form.js';
import nonRootUser from './non-root-user.js';

export const builtinRules: Rule[] = [
  baseImageTag,
  aptPinVersions,
  nonRootUser,
  cmdPresent,
  execFormCmd,
  invalidJsonForm,
] as Rule[];
