import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-container-insights.js';

const T = 'aws.ecs.cluster';

testRule(rule, {
  fail: [{ name: 'disabled', resource: liveResource(T, 'c1', { containerInsights: 'disabled' }) }, { name: 'IaC default', resource: iacResource(T, 'tf', {}) }],
  pass: [{ name: 'enhanced', resource: liveResource(T, 'c2', { containerInsights: 'enhanced' }), message: 'enhanced' }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'c3', { containerInsights: unknownAttr('ecs:DescribeClusters') }), cause: 'ecs:DescribeClusters' },
    { name: 'not collected', resource: liveResource(T, 'c4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { containerInsights: unresolvedAttr('var.insights') }), cause: 'var.insights' },
  ],
});
