import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asBool, asInt, asString } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import { toModelJson, unresolved } from '../values.js';
import type { CfnAdapter } from './types.js';

export const kmsKeyAdapter: CfnAdapter = {
  modelType: 'aws.kms.key',
  cfnTypes: ['AWS::KMS::Key'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.kms.key');
    b.set('keyManager', 'CUSTOMER');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['rotationEnabled', 'keySpec', 'keyUsage', 'policy', 'keyState']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    b.set('rotationEnabled', asBool(b.prop('EnableKeyRotation')), 'EnableKeyRotation');
    b.set('rotationPeriodDays', asInt(b.prop('RotationPeriodInDays')), 'RotationPeriodInDays');
    b.set('keySpec', asString(b.prop('KeySpec')) ?? 'SYMMETRIC_DEFAULT', 'KeySpec');
    b.set('keyUsage', asString(b.prop('KeyUsage')) ?? 'ENCRYPT_DECRYPT', 'KeyUsage');
    b.set('description', asString(b.prop('Description')), 'Description');
    b.set('multiRegion', asBool(b.prop('MultiRegion')), 'MultiRegion');
    const enabled = asBool(b.prop('Enabled'));
    b.set('keyState', isUnknownMarker(enabled) ? enabled : enabled === false ? 'Disabled' : 'Enabled', 'Enabled');
    const policy = b.prop('KeyPolicy');
    if (policy !== undefined) {
      let doc: ModelValue;
      if (typeof policy === 'string') {
        try {
          doc = JSON.parse(policy) as ModelValue;
        } catch {
          doc = unresolved(`${res.logicalId}.KeyPolicy`, 'key policy text is not JSON');
        }
      } else doc = toModelJson(policy) as ModelValue;
      b.set('policy', doc, 'KeyPolicy');
    }
    return [b.build(res.logicalId, ctx)];
  },
};
