import { describe, expect, it } from 'vitest';
import { looksLikeSecret } from './secret-names.js';

describe('looksLikeSecret', () => {
  it.each(['DATABASE_PASSWORD', 'db_password', 'STRIPE_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'web/GITHUB_TOKEN_SECRET', 'JWT_SECRET', 'PRIVATE_KEY', 'OAUTH_CLIENT_SECRET'])('%s is a secret', (n) => {
    expect(looksLikeSecret(n)).toBe(true);
  });
  it.each(['ENVIRONMENT', 'DB_PASSWORD_SECRET_ARN', 'API_KEY_SSM_PARAM', 'SECRET_NAME', 'LOG_LEVEL', 'PASSWORD_FILE', 'app/TABLE_NAME'])('%s is not', (n) => {
    expect(looksLikeSecret(n)).toBe(false);
  });
});
