/** The ajv settings of each kind of validator: shared by the build-time compiler and the runtime one. */
import type { Options } from 'ajv';

/** Config files and plugin rule metas: every problem, with the schema beside it for messages. */
export const CONFIG_AJV: Options = { allErrors: true, strict: false, verbose: true };
/** Rule options: also fills in the schema's defaults. */
export const OPTIONS_AJV: Options = { ...CONFIG_AJV, useDefaults: true };
