import { defineRule } from '../../../core/index.js';
import { characterClassRule } from './password-helpers.js';

const spec = characterClassRule('requireUppercase', 'at least one upper-case letter', 'require_uppercase_characters', '--require-uppercase-characters');

export default defineRule({ meta: { id: 'aws-iam-password-policy-uppercase', severity: 'medium', ...spec.meta }, check: spec.check });
