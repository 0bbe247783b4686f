import { defineRule } from '../../../core/index.js';
import { characterClassRule } from './password-helpers.js';

const spec = characterClassRule('requireLowercase', 'at least one lower-case letter', 'require_lowercase_characters', '--require-lowercase-characters');

export default defineRule({ meta: { id: 'aws-iam-password-policy-lowercase', severity: 'low', ...spec.meta }, check: spec.check });
