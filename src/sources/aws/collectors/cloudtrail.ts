import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail';
import type { GetEventSelectorsCommandOutput, Trail } from '@aws-sdk/client-cloudtrail';
import type { JsonValue } from '../../../core/index.js';
import { cloudtrailTrail } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';

export const cloudtrailCollector: Collector = {
  service: 'cloudtrail',
  scope: 'regional',
  types: [cloudtrailTrail.type],
  actions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetEventSelectors', 'cloudtrail:GetTrailStatus', 'cloudtrail:ListTags'],
  async collect(s) {
    const ct = s.client(CloudTrailClient);
    // Shadow copies of multi-region trails are skipped: each trail is read once, in its home region.
    const listed = await s.call('cloudtrail:DescribeTrails', () => ct.send(new DescribeTrailsCommand({ includeShadowTrails: false })));
    if (listed.kind !== 'ok') {
      s.unlisted(cloudtrailTrail, s.arn('cloudtrail', 'trail/*'), listed);
      return;
    }
    await Promise.all((listed.value.trailList ?? []).map((t) => collectTrail(s, ct, t)));
  },
};

async function collectTrail(s: Scope, ct: CloudTrailClient, t: Trail): Promise<void> {
  const arn = t.TrailARN ?? s.arn('cloudtrail', `trail/${t.Name ?? ''}`);
  const r = s.resource(cloudtrailTrail.type, arn, t.Name ?? arn, 'cloudtrail:DescribeTrails', t.HomeRegion ?? s.region);
  r.known('homeRegion', t.HomeRegion).known('isMultiRegion', t.IsMultiRegionTrail ?? false).known('isOrganizationTrail', t.IsOrganizationTrail ?? false);
  r.known('logFileValidation', t.LogFileValidationEnabled ?? false).known('includeGlobalServiceEvents', t.IncludeGlobalServiceEvents ?? false);
  r.known('kmsKeyId', t.KmsKeyId).known('s3BucketName', t.S3BucketName).known('cloudWatchLogsLogGroupArn', t.CloudWatchLogsLogGroupArn);
  if (t.S3BucketName) r.rel('logs-to', `arn:${s.partition}:s3:::${t.S3BucketName}`);
  // Log group uids carry no trailing `:*`, the trail's ARN for the group does.
  if (t.CloudWatchLogsLogGroupArn) r.rel('delivers-to-log-group', t.CloudWatchLogsLogGroupArn.replace(/:\*$/, ''));
  const [status, selectors, tags] = await Promise.all([
    s.call('cloudtrail:GetTrailStatus', () => ct.send(new GetTrailStatusCommand({ Name: arn }))),
    s.call('cloudtrail:GetEventSelectors', () => ct.send(new GetEventSelectorsCommand({ TrailName: arn }))),
    s.call('cloudtrail:ListTags', () => ct.send(new ListTagsCommand({ ResourceIdList: [arn] }))),
  ]);
  r.from('cloudtrail:GetTrailStatus', status, (v) => ({ isLogging: v.IsLogging ?? false, latestDeliveryError: v.LatestDeliveryError || undefined }), ['isLogging', 'latestDeliveryError']);
  r.from('cloudtrail:GetEventSelectors', selectors, (v) => ({ managementEvents: managementEvents(v), eventSelectors: selectorsJson(v) }), ['managementEvents', 'eventSelectors']);
  r.op('cloudtrail:ListTags');
  if (tags.kind === 'ok') r.tags(tagMap(tags.value.ResourceTagList?.[0]?.TagsList));
  else if (tags.kind === 'error') r.tagsUnknown(tags.cause);
  s.emit(r);
}

/**
 * The widest management-event coverage any selector gives; `undefined` (absent: the trail default,
 * all management events) when the trail has no selectors of either kind.
 */
function managementEvents(v: GetEventSelectorsCommandOutput): 'All' | 'ReadOnly' | 'WriteOnly' | 'None' | undefined {
  if (!v.AdvancedEventSelectors?.length && !v.EventSelectors?.length) return undefined;
  if (v.AdvancedEventSelectors?.length) {
    const mgmt = v.AdvancedEventSelectors.filter((sel) => sel.FieldSelectors?.some((f) => f.Field === 'eventCategory' && f.Equals?.includes('Management')));
    if (!mgmt.length) return 'None';
    const ro = mgmt.map((sel) => sel.FieldSelectors?.find((f) => f.Field === 'readOnly')?.Equals?.[0]);
    if (ro.some((x) => x === undefined)) return 'All';
    const set = new Set(ro);
    return set.size > 1 ? 'All' : set.has('true') ? 'ReadOnly' : 'WriteOnly';
  }
  const sels = (v.EventSelectors ?? []).filter((sel) => sel.IncludeManagementEvents !== false);
  if (!sels.length) return 'None';
  const types = new Set(sels.map((sel) => sel.ReadWriteType ?? 'All'));
  if (types.has('All') || (types.has('ReadOnly') && types.has('WriteOnly'))) return 'All';
  return types.has('ReadOnly') ? 'ReadOnly' : 'WriteOnly';
}

function selectorsJson(v: GetEventSelectorsCommandOutput): JsonValue {
  return JSON.parse(JSON.stringify({ eventSelectors: v.EventSelectors ?? null, advancedEventSelectors: v.AdvancedEventSelectors ?? null })) as JsonValue;
}
