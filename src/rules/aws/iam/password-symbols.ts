import { defineRule } from '../../../core/index.js';
import { characterClassRule } from './password-helpers.js';

const spec = characterClassRule('requireSymbols', 'at least one symbol', 'require_symbols', '--require-symbols');

export default defineRule({ meta: { id: 'aws-iam-password-policy-symbols', severity: 'medium', ...spec.meta }, check: spec.check });
