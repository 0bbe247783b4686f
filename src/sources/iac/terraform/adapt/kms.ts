import { ResourceDraft, bool, num, policyJson, str, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

export const kmsKeyAdapter: TfAdapter = {
  modelType: 'aws.kms.key',
  primary: ['aws_kms_key'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.kms.key', inst.address);
    // Every key Terraform creates is a customer managed key.
    d.set('keyManager', 'CUSTOMER');
    d.set('rotationEnabled', bool(valueAt(inst, ['enable_key_rotation'])), { inst, path: ['enable_key_rotation'] });
    d.set('rotationPeriodDays', num(valueAt(inst, ['rotation_period_in_days'])), { inst, path: ['rotation_period_in_days'] });
    d.set('keyUsage', str(valueAt(inst, ['key_usage'])) ?? 'ENCRYPT_DECRYPT', { inst, path: ['key_usage'] });
    const spec = valueAt(inst, ['customer_master_key_spec']) ?? valueAt(inst, ['key_spec']);
    d.set('keySpec', str(spec) ?? 'SYMMETRIC_DEFAULT', { inst, path: valueAt(inst, ['customer_master_key_spec']) !== undefined ? ['customer_master_key_spec'] : ['key_spec'] });
    d.set('description', str(valueAt(inst, ['description'])), { inst, path: ['description'] });
    d.set('multiRegion', bool(valueAt(inst, ['multi_region'])), { inst, path: ['multi_region'] });
    const enabled = bool(valueAt(inst, ['is_enabled']));
    d.set('keyState', enabled === undefined || typeof enabled === 'boolean' ? (enabled === false ? 'Disabled' : 'Enabled') : enabled, { inst, path: ['is_enabled'] });
    if (valueAt(inst, ['policy']) !== undefined) d.set('policy', policyJson(valueAt(inst, ['policy'])), { inst, path: ['policy'] });
    return d;
  },
  joins: {
    aws_kms_key_policy: { via: 'key_id', apply: (d, inst) => d.set('policy', policyJson(valueAt(inst, ['policy'])), { inst, path: ['policy'] }) },
  },
};
