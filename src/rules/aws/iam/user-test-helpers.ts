/** Fixtures shared by the IAM user rule tests (imported by test files only). */
import type { JsonValue } from '../../../core/index.js';

export const USER = 'aws.iam.user';
export const ago = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();
export const key = (id: string, status: 'Active' | 'Inactive', createdDaysAgo: number, lastUsedDaysAgo?: number): JsonValue => ({
  id,
  status,
  createdAt: ago(createdDaysAgo),
  lastUsedAt: lastUsedDaysAgo === undefined ? null : ago(lastUsedDaysAgo),
});
export const denied = (operation: string): JsonValue => ({ $unknown: { kind: 'api-error', operation, errorCode: 'AccessDenied', message: `${operation} failed: AccessDenied` } });
