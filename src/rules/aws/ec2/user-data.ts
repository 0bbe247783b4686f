/**
 * Careful detection of secrets written into EC2 user data. Reports what kind of secret sits on which
 * line, never the secret itself. Only literal values count: `$VAR`, `$(command)`, `{{resolve:...}}`,
 * ARNs and parameter paths are references to a secret store, which is what user data should hold.
 */
import type { RuleContext } from '../../../core/index.js';

export interface SecretHit {
  line: number;
  what: string;
}

const ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/;
const PRIVATE_KEY = /-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/;
/** NAME=value or name: value where the name says it holds a secret. */
const ASSIGNMENT = /\b([A-Za-z0-9_]*?(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|SECRET_?KEY|PRIVATE_?KEY))\s*[=:]\s*(\S.*)$/i;
const REFERENCE_NAME = /(?:_(?:PATH|PARAM|PARAMETER|ARN|NAME|FILE|ID|URL|ENDPOINT|TYPE|LENGTH))$/i;
const NOT_A_SECRET = /^(?:true|false|yes|no|null|none|nil|""|''|required|optional)$/i;

function literalValue(raw: string): string | undefined {
  let v = raw.trim().replace(/[;,]$/, '');
  if (v.startsWith('\\"') && v.endsWith('\\"')) v = v.slice(2, -2);
  else if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
  v = v.trim();
  if (v.length < 4 || NOT_A_SECRET.test(v)) return undefined;
  // References and expansions: a variable, a command, a template, an ARN, a path, a placeholder.
  if (/^[$`{<%]/.test(v) || /^arn:/i.test(v) || v.startsWith('/') || /^\{\{resolve:/.test(v)) return undefined;
  return v;
}

/** Secrets found in `text`, one entry per finding with its 1-based line. */
export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (ACCESS_KEY_ID.test(line)) hits.push({ line: i + 1, what: 'an AWS access key id' });
    if (PRIVATE_KEY.test(line)) hits.push({ line: i + 1, what: 'a private key' });
    const m = ASSIGNMENT.exec(line);
    const name = m?.[1];
    if (m && name && !REFERENCE_NAME.test(name) && !line.trimStart().startsWith('#') && literalValue(m[2] ?? '') !== undefined && !ACCESS_KEY_ID.test(m[2] ?? '')) {
      hits.push({ line: i + 1, what: `a literal value for ${name}` });
    }
  });
  return hits;
}

/** True when decoded bytes are not text: control characters other than tab and newlines, or invalid UTF-8. */
function hasBinary(text: string): boolean {
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) return true;
  }
  return false;
}

/** User data as text: base64 (as the APIs and CloudFormation's Fn::Base64 hold it) is decoded. */
export function decodeUserData(raw: string): string {
  const compact = raw.replace(/\s+/g, '');
  if (compact.length >= 8 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    const text = Buffer.from(compact, 'base64').toString('utf8');
    // Accept the decoding only when it yields readable text.
    if (text && !hasBinary(text)) return text;
  }
  return raw;
}

/** Shared check of the three user-data rules. */
export function checkUserData(ctx: RuleContext, what: string) {
  const raw = ctx.string('userData');
  if (!raw) return ctx.pass(`The ${what} has no user data`, 'userData');
  const hits = findSecrets(decodeUserData(raw));
  if (hits.length) return ctx.fail(`The ${what} user data holds ${hits.map((h) => `${h.what} (line ${h.line})`).join(', ')}`, 'userData');
  return ctx.pass(`No access key, private key or literal password found in the ${what} user data`, 'userData');
}
