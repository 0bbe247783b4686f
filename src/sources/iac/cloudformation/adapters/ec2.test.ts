import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

const SG_FILE = 'test/fixtures/cloudformation/security-group.json';
const VOL_FILE = 'test/fixtures/cloudformation/compute-data-iam.yaml';
const read = (f: string) => readFileSync(new URL(`../../../../../${f}`, import.meta.url), 'utf8');
const sgText = read(SG_FILE);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function scan(file: string, params: Record<string, string> = {}) {
  const r = scanCloudFormation([{ path: file, content: read(file) }], { parameters: params });
  const byName = new Map(r.resources.map((x) => [x.provenance.address, x]));
  return { ...r, get: (id: string) => byName.get(id) as Resource };
}

describe('AWS::EC2::SecurityGroup adapter', () => {
  it('flattens inline rules to one entry per peer, normalising protocols and ports', () => {
    const { get, issues } = scan(SG_FILE);
    expect(issues).toEqual([]);
    const web = get('WebSg');
    expect(web.attributes.vpcId).toEqual({ state: 'known', value: 'vpc-123' });
    expect(web.attributes.ingress).toEqual({
      state: 'known',
      value: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' },
        { protocol: 'tcp', fromPort: 443, toPort: 443, peerKind: 'cidr-ipv6', peer: '::/0' },
        {
          protocol: 'tcp',
          fromPort: 22,
          toPort: 22,
          description: 'ssh',
          peerKind: 'cidr-ipv4',
          peer: { $unknown: expect.objectContaining({ kind: 'unresolved', expression: '!Ref AdminCidr' }) },
        },
      ],
    });
    expect(web.attributes.egress).toEqual({ state: 'known', value: [{ protocol: '-1', peerKind: 'prefix-list', peer: 'pl-123' }] });
    const lines = web.provenance.attributeLines ?? {};
    expect(lines['ingress.1.peer']?.line).toBe(lineOf(sgText, '"CidrIpv6"'));
    expect(lines['ingress.2']?.line).toBe(lineOf(sgText, '"Description": "ssh"'));
  });

  it('joins standalone ingress and egress resources by GroupId reference', () => {
    const app = scan(SG_FILE).get('AppSg');
    expect(app.attributes.ingress).toEqual({
      state: 'known',
      value: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, peerKind: 'security-group', peer: '${WebSg.GroupId}' }],
    });
    // Standalone egress adds to the allow-all rule AWS keeps when no inline egress is written.
    expect(app.attributes.egress).toEqual({
      state: 'known',
      value: [
        { protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' },
        { protocol: 'tcp', fromPort: 5432, toPort: 5432, peerKind: 'cidr-ipv4', peer: '10.0.0.0/16' },
      ],
    });
    const lines = app.provenance.attributeLines ?? {};
    expect(lines['ingress.0']?.line).toBe(lineOf(sgText, '"AppFromWeb"'));
    expect(lines['egress.1.peer']?.line).toBe(lineOf(sgText, '"CidrIp": "10.0.0.0/16"'));
  });

  it('resolves a parameter value when given', () => {
    const web = scan(SG_FILE, { AdminCidr: '10.1.0.0/16' }).get('WebSg');
    const ingress = web.attributes.ingress;
    expect(ingress?.state === 'known' && (ingress.value as { peer: string }[])[2]?.peer).toBe('10.1.0.0/16');
  });

  it('makes no model resource for standalone rules', () => {
    expect(scan(SG_FILE).resources.map((r) => r.provenance.address)).toEqual(['WebSg', 'AppSg']);
  });
});

describe('AWS::EC2::Volume adapter', () => {
  it('maps encryption, key, size and type', () => {
    const { get } = scan(VOL_FILE, { Encrypt: 'true' });
    expect(get('Volume').attributes).toEqual({
      encrypted: { state: 'known', value: true },
      sizeGiB: { state: 'known', value: 100 },
      volumeType: { state: 'known', value: 'gp3' },
    });
    expect(get('EncryptedVolume').attributes).toMatchObject({ encrypted: { value: true }, kmsKeyId: { value: 'alias/ebs' }, sizeGiB: { value: 20 } });
  });
  it('marks encryption unknown when its parameter has no value', () => {
    expect(scan(VOL_FILE).get('Volume').attributes.encrypted).toMatchObject({ state: 'unknown', cause: { expression: '!Ref Encrypt' } });
  });
});
