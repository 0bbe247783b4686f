import { ConfigServiceClient, DescribeConfigurationRecorderStatusCommand, DescribeConfigurationRecordersCommand, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import type { JsonValue } from '../../../core/index.js';
import { configRegion } from '../../../core/index.js';
import type { Collector } from '../scope.js';

export const configCollector: Collector = {
  service: 'config',
  scope: 'regional',
  types: [configRegion.type],
  actions: ['config:DescribeConfigurationRecorderStatus', 'config:DescribeConfigurationRecorders', 'config:DescribeDeliveryChannels'],
  async collect(s) {
    const cfg = s.client(ConfigServiceClient);
    const r = s.resource(configRegion.type, s.arn('config', 'region-settings'), `config ${s.region}`, 'config:DescribeConfigurationRecorders');
    const [recorders, status, channels] = await Promise.all([
      s.call('config:DescribeConfigurationRecorders', () => cfg.send(new DescribeConfigurationRecordersCommand({}))),
      s.call('config:DescribeConfigurationRecorderStatus', () => cfg.send(new DescribeConfigurationRecorderStatusCommand({}))),
      s.call('config:DescribeDeliveryChannels', () => cfg.send(new DescribeDeliveryChannelsCommand({}))),
    ]);
    r.op('config:DescribeConfigurationRecorderStatus');
    if (recorders.kind === 'error') r.unknown('recorders', recorders.cause);
    else if (status.kind === 'error') r.unknown('recorders', status.cause);
    else {
      const statuses = status.kind === 'ok' ? status.value.ConfigurationRecordersStatus ?? [] : [];
      const list = (recorders.kind === 'ok' ? recorders.value.ConfigurationRecorders ?? [] : []).map((rec) => {
        const st = statuses.find((x) => x.name === rec.name);
        const out: Record<string, JsonValue> = { name: rec.name ?? '', recording: st?.recording ?? false };
        if (st?.lastStatus) out.lastStatus = st.lastStatus;
        if (rec.recordingGroup?.allSupported !== undefined) out.allSupported = rec.recordingGroup.allSupported;
        if (rec.recordingGroup?.includeGlobalResourceTypes !== undefined) out.includeGlobalResourceTypes = rec.recordingGroup.includeGlobalResourceTypes;
        if (rec.roleARN) out.roleArn = rec.roleARN;
        return out;
      });
      r.known('recorders', list.sort((a, b) => String(a.name).localeCompare(String(b.name))));
    }
    r.from('config:DescribeDeliveryChannels', channels, (v) => ({ deliveryChannels: (v.DeliveryChannels ?? []).length }), ['deliveryChannels']);
    s.emit(r);
  },
};
