/** ajv's schema compiler, for schemas that could not be compiled at build time (plugins and their rules' options). */
import type { Ajv, ErrorObject, Options } from 'ajv';
import { loadAjv } from '../lazy-deps.js';

/** A compiled validator, from build time (src/config/generated) or from ajv at run time. */
export type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const instances = new Map<Options, Ajv>();

export function compileSchema(schema: object, options: Options): Validate {
  let ajv = instances.get(options);
  if (!ajv) instances.set(options, (ajv = new (loadAjv().Ajv)(options)));
  return ajv.compile(schema);
}
