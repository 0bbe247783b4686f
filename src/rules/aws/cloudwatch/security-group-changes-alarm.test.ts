import { testRule } from '../../testing.js';
import { CONTROLS } from './controls.js';
import { monitoringKit } from './monitoring-cases.js';
import rule from './security-group-changes-alarm.js';

const k = monitoringKit(CONTROLS.securityGroupChanges);
testRule(rule, {
  fail: [{ name: 'multi-region trail without CloudWatch Logs', ...k.noLogs }, ...k.fails],
  pass: [{ name: 'reference filter and an alarm with an SNS action', ...k.good }, ...k.passes],
  unknown: [{ name: 'metric filters not readable', ...k.filtersUnknown }, ...k.unknowns],
  notApplicable: k.notApplicable,
});
