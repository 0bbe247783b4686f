import { defineRule } from '../../../core/index.js';
import { characterClassRule } from './password-helpers.js';

const spec = characterClassRule('requireNumbers', 'at least one number', 'require_numbers', '--require-numbers');

export default defineRule({ meta: { id: 'aws-iam-password-policy-numbers', severity: 'medium', ...spec.meta }, check: spec.check });
