import { GetDetectorCommand, GuardDutyClient, paginateListDetectors } from '@aws-sdk/client-guardduty';
import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { JsonValue } from '../../../core/index.js';
import { guarddutyRegion, securityhubRegion } from '../../../core/index.js';
import type { Collector } from '../scope.js';

export const guarddutyCollector: Collector = {
  service: 'guardduty',
  scope: 'regional',
  types: [guarddutyRegion.type],
  actions: ['guardduty:GetDetector', 'guardduty:ListDetectors'],
  async collect(s) {
    const gd = s.client(GuardDutyClient);
    const r = s.resource(guarddutyRegion.type, s.arn('guardduty', 'region-settings'), `guardduty ${s.region}`, 'guardduty:ListDetectors');
    const listed = await s.all('guardduty:ListDetectors', () => paginateListDetectors({ client: gd }, {}));
    if (listed.kind !== 'ok') {
      r.from('guardduty:ListDetectors', listed, () => ({}), ['detectors']);
      s.emit(r);
      return;
    }
    const ids = listed.value.flatMap((p) => p.DetectorIds ?? []).sort();
    r.op('guardduty:GetDetector');
    const detectors: JsonValue[] = await Promise.all(
      ids.map(async (id) => {
        const got = await s.call('guardduty:GetDetector', () => gd.send(new GetDetectorCommand({ DetectorId: id })));
        if (got.kind === 'error') return { id, status: { $unknown: got.cause } } as unknown as JsonValue;
        const out: Record<string, JsonValue> = { id };
        if (got.kind === 'ok' && got.value.Status) out.status = got.value.Status;
        if (got.kind === 'ok' && got.value.FindingPublishingFrequency) out.findingPublishingFrequency = got.value.FindingPublishingFrequency;
        return out;
      }),
    );
    r.known('detectors', detectors);
    s.emit(r);
  },
};

export const securityhubCollector: Collector = {
  service: 'securityhub',
  scope: 'regional',
  types: [securityhubRegion.type],
  actions: ['securityhub:DescribeHub'],
  async collect(s) {
    const sh = s.client(SecurityHubClient);
    const r = s.resource(securityhubRegion.type, s.arn('securityhub', 'hub/default'), `securityhub ${s.region}`, 'securityhub:DescribeHub');
    // A region without Security Hub answers InvalidAccessException: a fact (off), not a gap.
    const hub = await s.call('securityhub:DescribeHub', () => sh.send(new DescribeHubCommand({})), { absentOn: ['InvalidAccessException', 'ResourceNotFoundException'] });
    if (hub.kind === 'ok') r.known('enabled', true).known('hubArn', hub.value.HubArn);
    else if (hub.kind === 'absent') r.known('enabled', false).absent('hubArn');
    else r.from('securityhub:DescribeHub', hub, () => ({}), ['enabled', 'hubArn']);
    s.emit(r);
  },
};
