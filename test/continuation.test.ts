import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';
import { continuationIndex } from '../src/model/continuation.js';
import { ruleFindings } from './helpers.js';

// The cases follow BuildKit's parser tests (frontend/dockerfile/parser: trailing-backslash, continueIndent, escape).
describe('line continuation as BuildKit reads it', () => {
  it('continues on a final escape character, blanks after it allowed, unless the character before is an escape too', () => {
    expect(continuationIndex('RUN a \\', '\\')).toBe(6);
    expect(continuationIndex('RUN a \\  \t', '\\')).toBe(6);
    expect(continuationIndex('\\', '\\')).toBe(0);
    expect(continuationIndex('ENV C x\\\\', '\\')).toBe(-1);
    // BuildKit looks one character back only: three escapes end the line too.
    expect(continuationIndex('ENV C x\\\\\\', '\\')).toBe(-1);
    expect(continuationIndex('ENV C x`', '`')).toBe(7);
    expect(continuationIndex('ENV C x``', '`')).toBe(-1);
    expect(continuationIndex('ENV C x\\', '`')).toBe(-1);
  });

  it('ends an instruction at an escaped backslash, keeping the value', () => {
    const model = buildModel('Dockerfile', 'FROM alpine:3.20\nENV C trailing\\\\backslash\\\\\nENV D not part of C\n');
    expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM', 'ENV', 'ENV']);
    expect(model.instructions[1]!.properties[0]!.value).toBe('trailing\\backslash\\');
    expect(model.instructions[2]!.properties[0]!.name).toBe('D');
  });

  it('joins lines that are only an escape character', () => {
    const model = buildModel('Dockerfile', 'FROM alpine:3.20\nRUN echo hi \\\n \\\n world \\\n\\\n good\\\n\\\nnight\n');
    expect(model.instructions).toHaveLength(2);
    expect(model.instructions[1]!.script!.commands[0]!.args.map((w) => w.value)).toEqual(['hi', 'world', 'goodnight']);
  });

  it('follows a backtick escape directive: a backslash is a plain character, a doubled backtick ends the line', () => {
    const model = buildModel('Dockerfile', '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV GOPATH `\n\\go\nENV E a``\nENV F 1\n');
    expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM', 'ENV', 'ENV', 'ENV']);
    expect(model.instructions[1]!.properties[0]!.value).toBe('\\go');
    expect(model.instructions[2]!.properties[0]!.value).toBe('a`');
  });

  it('reports no empty continuation nor a destination error after a Windows path ending in an escaped backslash', () => {
    const text = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a b C:\\\\d\\\\\n\nENV X=1\n';
    expect(ruleFindings('empty-continuation', text)).toEqual([]);
    expect(ruleFindings('copy-multi-dest-slash', text)).toEqual([]);
    // The same file with a real continuation before the blank line is still reported.
    expect(ruleFindings('empty-continuation', text.replace('C:\\\\d\\\\', 'C:/d/ \\'))).toHaveLength(1);
  });

  it('reads `<< EOF` (a blank after `<<`) as a heredoc, as BuildKit 0.22 and later do; `<<- EOF` stays no heredoc', () => {
    const model = buildModel('Dockerfile', "FROM alpine:3.20\nRUN cat > /etc/x.conf << 'EOF'\nimport a\nEOF\nCOPY << EOF /y\nb = 1\nEOF\nCMD [\"sh\"]\n");
    expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'COPY', 'CMD']);
    expect(model.instructions[1]!.heredocs.map((h) => [h.name, h.body?.text])).toEqual([['EOF', 'import a']]);
    expect(model.instructions[1]!.script!.commands[0]!.name).toBe('cat');
    expect(model.instructions[2]!.copy!.heredocs).toEqual(['EOF']);
    expect(ruleFindings('syntax-error', 'FROM alpine:3.20\nRUN cat <<- EOF > /x\nhello\nEOF\n')).toHaveLength(1);
  });
});
