import type { EvidenceRecord, JsonValue, UnknownCause } from '../core/index.js';

/**
 * Secret masking for every report format. Evidence holds raw attribute values, and some of them
 * (Lambda environment variables, user data, container definitions) can carry credentials that must
 * never reach a terminal, a CI log or a SARIF upload.
 */

export const MASK = '[masked]';

/** AWS access key ids: long-term (AKIA) and temporary (ASIA), plus the rarer service prefixes. */
const ACCESS_KEY_RE = /\b((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{16})\b/g;

/**
 * Candidate tokens for generated secrets: 32+ characters of the base64 alphabet. `-` and `_` are
 * left out on purpose: they join the words of resource names, which must stay readable.
 */
const TOKEN_RE = /[A-Za-z0-9+/]{32,}={0,2}/g;

/** Attribute names whose string values are secret whatever they look like. */
const SECRET_KEY_RE = /(pass(word|wd|phrase)?|secret|token|private[_-]?key|credential|api[_-]?key|auth[_-]?key|access[_-]?key[_-]?secret)/i;

/**
 * Mean length of the runs of lower-case letters. Random base64 gives runs of about 1.7; words,
 * even glued together in camelCase or paths, give longer ones (about 4 on average).
 */
function meanLowerRun(s: string): number {
  const runs = s.match(/[a-z]+/g) ?? [];
  if (!runs.length) return 0;
  return runs.reduce((n, r) => n + r.length, 0) / runs.length;
}

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * A token looks like a generated secret when it mixes upper case, lower case and digits and is
 * close to random (high entropy, only short runs of lower-case letters). Pure hex (digests, finding
 * ids) and word-like identifiers or object keys are kept: masking them would hide what the report
 * is about.
 */
function looksLikeSecret(token: string): boolean {
  const body = token.replace(/=+$/, '');
  if (body.length < 32) return false;
  if (/^[0-9a-fA-F]+$/.test(body)) return false;
  if (!/[A-Z]/.test(body) || !/[a-z]/.test(body) || !/[0-9]/.test(body)) return false;
  return entropy(body) >= 4.0 && meanLowerRun(body) <= 3;
}

/** Replaces AWS access key ids and long random-looking tokens in free text. */
export function maskSecrets(text: string): string {
  return text
    .replace(ACCESS_KEY_RE, (key: string) => `${key.slice(0, 4)}${'*'.repeat(key.length - 4)}`)
    .replace(TOKEN_RE, (token: string) => (looksLikeSecret(token) ? MASK : token));
}

/** True for attribute paths such as `environment.variables.DB_PASSWORD` or `secretString`. */
export function isSecretPath(path: string): boolean {
  const last = path.split(/[.#]/).pop() ?? path;
  return SECRET_KEY_RE.test(last);
}

/** Masks a JSON value: strings are scanned, and any string under a secret-looking key is hidden whole. */
export function maskValue(value: JsonValue, secretKey = false): JsonValue {
  if (typeof value === 'string') return secretKey && value.length > 0 ? MASK : maskSecrets(value);
  if (Array.isArray(value)) return value.map((v) => maskValue(v, secretKey));
  if (value !== null && typeof value === 'object') {
    const out: { [k: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, secretKey || SECRET_KEY_RE.test(k));
    return out;
  }
  return value;
}

function maskCause(cause: UnknownCause): UnknownCause {
  return { ...cause, message: maskSecrets(cause.message) };
}

/** Copies evidence records with their values and cause messages masked. */
export function maskEvidence(records: readonly EvidenceRecord[]): EvidenceRecord[] {
  return records.map((r) => {
    const out: EvidenceRecord = { ...r };
    if (r.value !== undefined) out.value = maskValue(r.value, isSecretPath(r.path));
    if (r.cause) out.cause = maskCause(r.cause);
    return out;
  });
}
