// Decoding of template literal text: escapes, `$${` / `%%{`, strip markers and the `<<-`
// indentation rule.

import type { TemplateLiteral } from './ast.js';

export interface CookResult {
  value: string;
  /** Offsets (relative to the raw text) and messages of invalid escapes. */
  errors: { offset: number; length: number; message: string }[];
}

const NO_ERRORS: CookResult['errors'] = [];

/** Decodes a literal chunk of a quoted template (`"..."`): backslash escapes plus `$${` and `%%{`. */
export function cookQuoted(raw: string): CookResult {
  if (raw.indexOf('\\') === -1 && raw.indexOf('$${') === -1 && raw.indexOf('%%{') === -1) {
    return { value: raw, errors: NO_ERRORS };
  }
  let out = '';
  const errors: CookResult['errors'] = [];
  let i = 0;
  let from = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if ((c === 36 || c === 37) && raw.charCodeAt(i + 1) === c && raw.charCodeAt(i + 2) === 123) {
      out += raw.slice(from, i + 1) + '{';
      i += 3;
      from = i;
      continue;
    }
    if (c !== 92) {
      i++;
      continue;
    }
    out += raw.slice(from, i);
    const e = raw[i + 1];
    switch (e) {
      case 'n':
        out += '\n';
        i += 2;
        break;
      case 'r':
        out += '\r';
        i += 2;
        break;
      case 't':
        out += '\t';
        i += 2;
        break;
      case '"':
        out += '"';
        i += 2;
        break;
      case '\\':
        out += '\\';
        i += 2;
        break;
      case 'u':
      case 'U': {
        const n = e === 'u' ? 4 : 8;
        const hex = raw.slice(i + 2, i + 2 + n);
        const cp = /^[0-9A-Fa-f]+$/.test(hex) && hex.length === n ? parseInt(hex, 16) : NaN;
        if (Number.isNaN(cp) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
          errors.push({
            offset: i,
            length: 2,
            message: `Invalid escape sequence: "\\${e}" must be followed by ${n} hexadecimal digits of a Unicode scalar value.`,
          });
          i += 2;
        } else {
          out += String.fromCodePoint(cp);
          i += 2 + n;
        }
        break;
      }
      default:
        errors.push({
          offset: i,
          length: e === undefined ? 1 : 2,
          message: `Invalid escape sequence "\\${e ?? ''}": only \\n \\r \\t \\" \\\\ \\uNNNN and \\UNNNNNNNN are allowed.`,
        });
        i += e === undefined ? 1 : 2;
    }
    from = i;
  }
  return { value: out + raw.slice(from), errors };
}

/** Decodes a heredoc literal chunk: no backslash escapes, only `$${` and `%%{`. */
export function cookHeredoc(raw: string): string {
  if (raw.indexOf('$${') === -1 && raw.indexOf('%%{') === -1) return raw;
  return raw.replace(/([$%])\1\{/g, '$1{');
}

function leadingSpaces(s: string): number {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * Applies the `<<-` rule: every line loses the smallest indentation found among its lines. A
 * line that starts with an interpolation or directive counts as indentation 0 (`null` here);
 * lines holding only whitespace do not count.
 */
export function flushHeredoc(lineStarts: (TemplateLiteral | null)[]): void {
  let min = Infinity;
  for (const lit of lineStarts) {
    if (lit === null) {
      min = 0;
      break;
    }
    const n = leadingSpaces(lit.value);
    if (n === lit.value.length || lit.value.charCodeAt(n) === 10 || lit.value.charCodeAt(n) === 13) continue;
    if (n < min) min = n;
  }
  if (min === 0 || min === Infinity) {
    if (min === Infinity) {
      for (const lit of lineStarts) if (lit !== null) lit.value = lit.value.slice(leadingSpaces(lit.value));
    }
    return;
  }
  for (const lit of lineStarts) {
    if (lit === null) continue;
    lit.value = lit.value.slice(Math.min(min, leadingSpaces(lit.value)));
  }
}
