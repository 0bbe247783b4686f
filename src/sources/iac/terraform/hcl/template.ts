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

export function leadingIndent(s: string): number {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

/** A line of a heredoc as first written, before strip markers changed its literal. */
export interface HeredocLine {
  /** The literal that starts the line, or null when the line starts with `${` or `%{`. */
  literal: TemplateLiteral | null;
  /** Spaces and tabs at the start of the line. */
  indent: number;
  /** The line holds only whitespace. */
  blank: boolean;
  /** Characters a `~` strip marker already removed from the start of the literal. */
  stripped: number;
}

/**
 * Applies the `<<-` rule: every line loses the smallest indentation found among the heredoc's
 * lines. A line that starts with an interpolation or directive counts as indentation 0 unless
 * whitespace precedes it; lines holding only whitespace do not count. Indentation is measured on
 * the text as written, so strip markers do not change it.
 */
export function flushHeredoc(lines: HeredocLine[]): void {
  let min = Infinity;
  for (const line of lines) {
    if (line.literal === null) {
      min = 0;
      break;
    }
    if (!line.blank && line.indent < min) min = line.indent;
  }
  if (min === 0) return;
  for (const line of lines) {
    const lit = line.literal;
    if (lit === null) continue;
    const remove = Math.min(min, line.indent) - line.stripped;
    if (remove > 0) lit.value = lit.value.slice(Math.min(remove, leadingIndent(lit.value)));
  }
}
