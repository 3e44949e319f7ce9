/** Reading a Dockerfile from bytes: encoding checks, BOM and line endings, size limit. */

export const MAX_BYTES = 10 * 1024 * 1024;

export interface SourceText {
  text: string;
  bom: boolean;
  eol: '\n' | '\r\n';
}

export class InputError extends Error {}

export function decodeDockerfile(bytes: Uint8Array, maxBytes = MAX_BYTES): SourceText {
  if (bytes.length > maxBytes) {
    throw new InputError(`file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; not a Dockerfile`);
  }
  // NUL bytes never occur in text; a Dockerfile with them is a binary file given by mistake.
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes); not a Dockerfile');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('invalid UTF-8; Dockerfiles must be UTF-8 text');
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { text, bom, eol };
}
