/** Resource builders for the password policy rule tests (imported by test files only). */
import type { JsonValue, Resource } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';

const ACCOUNT = 'aws.iam.account';
let n = 0;
const next = (): string => `acct-${++n}`;

/** A live account whose password policy holds `settings` (on top of a 14-character minimum). */
export const livePolicy = (settings: Record<string, JsonValue>): Resource => liveResource(ACCOUNT, next(), { passwordPolicy: { minimumLength: 14, ...settings } });
/** An IaC aws_iam_account_password_policy with exactly `settings`. */
export const iacPolicy = (settings: Record<string, JsonValue>): Resource => iacResource(ACCOUNT, next(), { passwordPolicy: settings }, { location: { file: 'main.tf', line: 1 } });
export const noPolicy = (): Resource => liveResource(ACCOUNT, next(), { passwordPolicy: null });
export const deniedPolicy = (): Resource => liveResource(ACCOUNT, next(), { passwordPolicy: unknownAttr('iam:GetAccountPasswordPolicy') });
export const uncollectedPolicy = (): Resource => liveResource(ACCOUNT, next(), { rootMfaEnabled: true });
export const unresolvedPolicy = (): Resource => iacResource(ACCOUNT, next(), { passwordPolicy: unresolvedAttr('var.password_policy') });
