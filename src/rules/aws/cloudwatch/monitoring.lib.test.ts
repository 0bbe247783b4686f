import { describe, expect, it } from 'vitest';
import { iacResource, liveResource } from '../../../core/fixtures.js';
import { Inventory, builtinResourceTypes, createContext } from '../../../core/index.js';
import { CONTROLS } from './controls.js';
import { monitoringMeta, trailLogGroup } from './monitoring.lib.js';

const types = builtinResourceTypes();
function ctxFor(trail: ReturnType<typeof liveResource>, others: ReturnType<typeof liveResource>[]) {
  return createContext(trail, types.get(trail.type), new Inventory([trail, ...others]), []);
}

describe('monitoring rule helpers', () => {
  it('finds the log group by uid, by name, or by relationship', () => {
    const group = liveResource('aws.logs.log-group', 'trail', {}, { uid: 'arn:aws:logs:us-east-1:123456789012:log-group:trail' });
    const byArn = ctxFor(liveResource('aws.cloudtrail.trail', 't', { cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:*' }), [group]);
    expect(trailLogGroup(byArn).group?.uid).toBe(group.uid);
    const renamed = { ...group, uid: 'other-form' };
    const byName = ctxFor(liveResource('aws.cloudtrail.trail', 't', { cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:*' }), [renamed]);
    expect(trailLogGroup(byName).group?.uid).toBe('other-form');
    const iacGroup = iacResource('aws.logs.log-group', 'g', {}, { uid: 'iac:g' });
    const rel = { ...iacResource('aws.cloudtrail.trail', 't', {}), relationships: [{ kind: 'delivers-to-log-group', target: 'iac:g' }] };
    expect(trailLogGroup(ctxFor(rel, [iacGroup])).group?.uid).toBe('iac:g');
    expect(trailLogGroup(ctxFor(iacResource('aws.cloudtrail.trail', 'none', {}), []))).toEqual({});
  });

  it('refuses a control whose reference pattern misses its own events', () => {
    expect(() => monitoringMeta({ ...CONTROLS.rootUsage, pattern: '{ $.eventName = "Nothing" }' })).toThrow(/does not satisfy/);
    expect(() => monitoringMeta({ ...CONTROLS.rootUsage, pattern: '{ $.eventName = * }' })).toThrow(/does not satisfy/);
    expect(monitoringMeta(CONTROLS.rootUsage).resourceTypes).toEqual(['aws.cloudtrail.trail']);
  });
});
