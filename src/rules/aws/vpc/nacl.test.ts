import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/index.js';
import { UnknownEvidenceError } from '../../../core/index.js';
import { openFromWorld } from './nacl.js';

const e = (ruleNumber: number, ruleAction: string, extra: Record<string, JsonValue>): JsonValue => ({ ruleNumber, ruleAction, protocol: 'tcp', cidrBlock: '0.0.0.0/0', ...extra });
const marker: JsonValue = { $unknown: { kind: 'unresolved', expression: 'var.rule', message: 'unresolved' } };

describe('network ACL evaluation', () => {
  it('lets the lowest-numbered matching entry decide', () => {
    expect(openFromWorld([e(200, 'allow', { fromPort: 22, toPort: 22 }), e(100, 'deny', { fromPort: 0, toPort: 1024 })], 22, ['tcp'], 'ingress')).toBeUndefined();
    expect(openFromWorld([e(100, 'allow', { fromPort: 22, toPort: 22 }), e(200, 'deny', { fromPort: 0, toPort: 1024 })], 22, ['tcp'], 'ingress')).toEqual({ index: 0, ruleNumber: 100 });
  });
  it('ignores narrower CIDRs and other ports, and reads IPv6 separately', () => {
    expect(openFromWorld([e(100, 'allow', { fromPort: 22, toPort: 22, cidrBlock: '10.0.0.0/8' })], 22, ['tcp'], 'ingress')).toBeUndefined();
    expect(openFromWorld([e(100, 'allow', { fromPort: 80, toPort: 443 })], 22, ['tcp'], 'ingress')).toBeUndefined();
    expect(openFromWorld([{ ruleNumber: 5, ruleAction: 'allow', protocol: '-1', ipv6CidrBlock: '::/0' }], 3389, ['tcp'], 'ingress')?.index).toBe(0);
  });
  it('asks for all traffic only with protocol -1', () => {
    expect(openFromWorld([e(100, 'allow', { fromPort: 0, toPort: 65535 })], undefined, [], 'ingress')).toBeUndefined();
    expect(openFromWorld([e(100, 'allow', { protocol: '-1' })], undefined, [], 'ingress')?.ruleNumber).toBe(100);
  });
  it('stops on an unreadable entry that could come first', () => {
    expect(() => openFromWorld([marker, e(100, 'allow', { fromPort: 22, toPort: 22 })], 22, ['tcp'], 'ingress')).toThrow(UnknownEvidenceError);
    expect(openFromWorld([e(300, 'allow', { cidrBlock: marker }), e(100, 'allow', { fromPort: 22, toPort: 22 })], 22, ['tcp'], 'ingress')?.index).toBe(1);
  });
});
