/** XML text for the checkstyle and JUnit reports. */

/** Escapes text for an attribute or element, dropping the characters XML 1.0 cannot carry at all. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
