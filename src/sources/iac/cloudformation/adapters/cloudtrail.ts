import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asBool, asString, nameOf } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import { isEvalObject, toModelJson } from '../values.js';
import { addLink } from './links.js';
import type { CfnAdapter } from './types.js';

type Sel = Record<string, JsonValue>;

function management(basic: Sel[] | null, advanced: Sel[] | null): ModelValue | undefined {
  if (advanced?.length) {
    const fields = (s: Sel) => (Array.isArray(s.FieldSelectors) ? s.FieldSelectors : []) as Sel[];
    const mgmt = advanced.filter((s) => fields(s).some((f) => f.Field === 'eventCategory' && Array.isArray(f.Equals) && f.Equals.includes('Management')));
    if (!mgmt.length) return 'None';
    const ro = mgmt.map((s) => {
      const f = fields(s).find((x) => x.Field === 'readOnly');
      return Array.isArray(f?.Equals) ? f.Equals[0] : undefined;
    });
    if (ro.some((x) => x === undefined)) return 'All';
    const set = new Set(ro);
    return set.size > 1 ? 'All' : set.has('true') ? 'ReadOnly' : 'WriteOnly';
  }
  if (!basic?.length) return undefined;
  const sels = basic.filter((s) => s.IncludeManagementEvents !== false && s.IncludeManagementEvents !== 'false');
  if (!sels.length) return 'None';
  const types = new Set(sels.map((s) => (typeof s.ReadWriteType === 'string' ? s.ReadWriteType : 'All')));
  if (types.has('All') || (types.has('ReadOnly') && types.has('WriteOnly'))) return 'All';
  return types.has('ReadOnly') ? 'ReadOnly' : 'WriteOnly';
}

export const cloudtrailAdapter: CfnAdapter = {
  modelType: 'aws.cloudtrail.trail',
  cfnTypes: ['AWS::CloudTrail::Trail'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.cloudtrail.trail');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['isMultiRegion', 'isLogging', 'logFileValidation', 'kmsKeyId', 's3BucketName', 'cloudWatchLogsLogGroupArn', 'eventSelectors', 'managementEvents']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    b.set('isMultiRegion', asBool(b.prop('IsMultiRegionTrail')), 'IsMultiRegionTrail');
    b.set('isOrganizationTrail', asBool(b.prop('IsOrganizationTrail')), 'IsOrganizationTrail');
    b.set('isLogging', asBool(b.prop('IsLogging')), 'IsLogging');
    b.set('logFileValidation', asBool(b.prop('EnableLogFileValidation')), 'EnableLogFileValidation');
    b.set('includeGlobalServiceEvents', asBool(b.prop('IncludeGlobalServiceEvents')), 'IncludeGlobalServiceEvents');
    // The property is KMSKeyId; some templates (and linters' examples) spell it KmsKeyId.
    const keyProp = b.prop('KMSKeyId') !== undefined ? 'KMSKeyId' : 'KmsKeyId';
    const key = asString(b.prop(keyProp));
    b.set('kmsKeyId', key === '' ? undefined : key, keyProp);
    b.set('s3BucketName', asString(b.prop('S3BucketName')), 'S3BucketName');
    b.set('cloudWatchLogsLogGroupArn', asString(b.prop('CloudWatchLogsLogGroupArn')), 'CloudWatchLogsLogGroupArn');
    const basicRaw = b.prop('EventSelectors');
    const advancedRaw = b.prop('AdvancedEventSelectors');
    if (isUnknownMarker(basicRaw) || isUnknownMarker(advancedRaw)) {
      const m = (isUnknownMarker(basicRaw) ? basicRaw : advancedRaw) as ModelValue;
      b.set('eventSelectors', m, 'EventSelectors');
      b.set('managementEvents', m, 'EventSelectors');
    } else if (basicRaw !== undefined || advancedRaw !== undefined) {
      const basic = Array.isArray(basicRaw) ? (basicRaw.filter(isEvalObject).map((x) => toModelJson(x)) as Sel[]) : null;
      const advanced = Array.isArray(advancedRaw) ? (advancedRaw.filter(isEvalObject).map((x) => toModelJson(x)) as Sel[]) : null;
      const where = advancedRaw !== undefined ? 'AdvancedEventSelectors' : 'EventSelectors';
      b.set('eventSelectors', { eventSelectors: basic, advancedEventSelectors: advanced } as ModelValue, where);
      b.set('managementEvents', management(basic, advanced), where);
    }
    const r = b.build(nameOf(res, 'TrailName'), ctx);
    addLink(r, 'logs-to', b.prop('S3BucketName'), ctx);
    addLink(r, 'delivers-to-log-group', b.prop('CloudWatchLogsLogGroupArn'), ctx);
    return [r];
  },
};
