import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanCloudFormation } from '../scan.js';

const FILE = 'test/fixtures/cloudformation/compute-data-iam.yaml';
const content = readFileSync(new URL(`../../../../../${FILE}`, import.meta.url), 'utf8');

describe('AWS::IAM::User adapter', () => {
  const users = scanCloudFormation([{ path: FILE, content }]).resources.filter((r) => r.type === 'aws.iam.user');

  it('maps login profile, policies, groups and access keys, joining separate resources', () => {
    const admin = users.find((u) => u.name === 'admin');
    const values = Object.fromEntries(Object.entries(admin?.attributes ?? {}).map(([k, ev]) => [k, ev.state === 'known' ? ev.value : ev.state]));
    expect(values).toEqual({
      consoleAccess: true,
      attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess', '${AdminManaged}'],
      inlinePolicies: {
        inline: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        extra: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
      },
      groups: ['ops', 'auditors'],
      accessKeys: [{ status: 'Active' }],
    });
    const lines = admin?.provenance.attributeLines ?? {};
    expect(lines.consoleAccess?.line).toBe(content.split('\n').findIndex((l) => l.includes('LoginProfile')) + 1);
    expect(lines['inlinePolicies.extra']?.line).toBeGreaterThan(lines['inlinePolicies.inline']?.line ?? 0);
  });

  it('leaves a bare user with every attribute absent', () => {
    const robot = users.find((u) => u.name === 'Robot');
    expect(robot?.attributes).toEqual({});
  });
});
