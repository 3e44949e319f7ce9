/**
 * An ARG, ENV or LABEL pair of the model. Rules read its name and values for every pair but its ranges only to
 * report: they are kept as file offsets and made when read (two range objects a pair were a tenth of the model of a
 * file of ENV lines; issue 11).
 */
import { type LineIndex, storedRange, storeRange } from '../shell/source-map.js';
import type { Range } from '../types.js';
import type { KeyValue } from './types.js';

export class Property implements KeyValue {
  /** Set once the pair is read in its scope (instruction.ts). */
  value: string | null = null;
  readonly #lines: LineIndex;
  readonly #nameFrom: number | Range;
  readonly #nameTo: number;
  readonly #valueFrom: number | Range | null;
  readonly #valueTo: number;
  constructor(
    lines: LineIndex,
    readonly name: string,
    nameRange: Range,
    readonly rawValue: string | null,
    valueRange: Range | null,
    readonly legacyForm: boolean,
  ) {
    this.#lines = lines;
    [this.#nameFrom, this.#nameTo] = storeRange(nameRange);
    [this.#valueFrom, this.#valueTo] = valueRange ? storeRange(valueRange) : [null, -1];
  }
  get nameRange(): Range {
    return storedRange(this.#lines, this.#nameFrom, this.#nameTo);
  }
  get valueRange(): Range | null {
    return this.#valueFrom === null ? null : storedRange(this.#lines, this.#valueFrom, this.#valueTo);
  }
}
