/**
 * Environment variable names that announce a credential. Values are never collected, so the name
 * is all there is to judge: a variable called DATABASE_PASSWORD holding a plain-text value is a
 * secret stored outside any secret store.
 */
const SECRET_NAME = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|PRIVATE_?KEY|API_?KEY|ACCESS_?KEY|AUTH_?TOKEN|ACCESS_?TOKEN|CLIENT_?SECRET|CREDENTIALS?)(_|$)/i;

/** Names that stand for a reference rather than the secret itself (…_ARN, …_SECRET_NAME, …_SSM_PARAM). */
const REFERENCE = /(_ARN|_NAME|_ID|_PATH|_PARAM(ETER)?|_SSM|_FILE|_URL|_REGION)$/i;

export function looksLikeSecret(name: string): boolean {
  const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
  if (REFERENCE.test(base) && !/ACCESS_?KEY_?ID$/i.test(base)) return false;
  return SECRET_NAME.test(base) || /ACCESS_?KEY_?ID$/i.test(base);
}
