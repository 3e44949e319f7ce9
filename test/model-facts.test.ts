import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';

describe('model: no dockerfile-ast in the public types', () => {
  it('keeps no parser node on instructions', () => {
    const model = buildModel('Dockerfile', 'FROM debian:12\nRUN true\n');
    for (const ins of model.instructions) expect(Object.keys(ins)).not.toContain('ast');
  });

  it('holds the body text and range of every heredoc of RUN, COPY and ADD', () => {
    const model = buildModel('Dockerfile', 'FROM debian:12\nCOPY <<A <<B /etc/\nalpha\nA\nbeta\nB\nRUN <<EOF\nEOF\n');
    const copy = model.instructions[1]!;
    expect(copy.heredocs.map((h) => [h.name, h.body?.text])).toEqual([['A', 'alpha'], ['B', 'beta']]);
    expect(copy.heredocs[1]!.body!.range.start).toEqual({ line: 5, column: 1 });
    expect(model.instructions[2]!.heredocs.map((h) => h.body)).toEqual([null]);
  });

  it('holds the keyword and range of an ONBUILD trigger', () => {
    const model = buildModel('Dockerfile', 'FROM debian:12\nONBUILD  run make\nONBUILD\n');
    expect(model.instructions[1]!.trigger).toEqual({ keyword: 'RUN', range: { start: { line: 2, column: 10 }, end: { line: 2, column: 13 } } });
    expect(model.instructions[2]!.trigger).toBeNull();
  });
});
