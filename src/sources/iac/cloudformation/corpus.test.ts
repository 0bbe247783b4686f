import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classifyIacContent } from '../common/index.js';
import { CfnAdapterRegistry } from './adapters/index.js';
import { scanCloudFormation } from './scan.js';

/**
 * The trivy-checks corpus (peer project, Apache-2.0) holds good and bad CloudFormation examples for
 * each check. Every one must read without a single issue; those of modelled types must yield
 * model resources (exactly one per resource of the five core types).
 */
const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/trivy-checks/aws.yaml', import.meta.url));

const CORE_TYPES: Record<string, string> = {
  'AWS::S3::Bucket': 'aws.s3.bucket',
  'AWS::EC2::SecurityGroup': 'aws.ec2.security-group',
  'AWS::EC2::Volume': 'aws.ec2.volume',
  'AWS::RDS::DBInstance': 'aws.rds.db-instance',
  'AWS::IAM::User': 'aws.iam.user',
};

interface Check {
  id: string;
  examples?: { cloudformation?: { good?: string[]; bad?: string[] } };
}

const examples: { name: string; text: string }[] = [];
if (existsSync(CORPUS)) {
  for (const check of parse(readFileSync(CORPUS, 'utf8')) as Check[]) {
    const cfn = check.examples?.cloudformation;
    for (const kind of ['good', 'bad'] as const) (cfn?.[kind] ?? []).forEach((text, i) => examples.push({ name: `${check.id}-${kind}-${i}`, text }));
  }
}

describe.skipIf(!existsSync(CORPUS))('trivy-checks CloudFormation corpus', () => {
  const registry = new CfnAdapterRegistry();

  it('holds the examples', () => {
    expect(examples.length).toBeGreaterThan(200);
  });

  it('classifies every example as CloudFormation by content', () => {
    const missed = examples.filter((e) => classifyIacContent(`${e.name}.yaml`, e.text) !== 'cloudformation').map((e) => e.name);
    expect(missed).toEqual([]);
  });

  it('parses every example without issues', () => {
    const problems: string[] = [];
    let modelled = 0;
    for (const e of examples) {
      const r = scanCloudFormation([{ path: `${e.name}.yaml`, content: e.text }]);
      for (const i of r.issues) problems.push(`${e.name}:${i.line ?? '?'}: ${i.kind}: ${i.message}`);
      if (r.templates !== 1) problems.push(`${e.name}: not read as a template`);
      const types = [...e.text.matchAll(/Type: *"?(AWS::[A-Za-z0-9:]+)/g)].map((m) => m[1] as string);
      // One model resource per resource of the core types; other adapters may fold resources together.
      const core = types.filter((t) => t in CORE_TYPES);
      const coreModelled = r.resources.filter((x) => Object.values(CORE_TYPES).includes(x.type)).length;
      if (coreModelled !== core.length) problems.push(`${e.name}: ${coreModelled} core model resources, expected ${core.length}`);
      if (types.some((t) => registry.get(t)) && r.resources.length === 0) problems.push(`${e.name}: no model resource`);
      modelled += r.resources.length;
    }
    expect(problems).toEqual([]);
    expect(modelled).toBeGreaterThan(20);
  });

  it('reads the S3 public access block examples the way the check means them', () => {
    const pab = examples.filter((e) => e.name.startsWith('AWS-0086-'));
    expect(pab.length).toBeGreaterThan(0);
    for (const e of pab) {
      const bucket = scanCloudFormation([{ path: 'x.yaml', content: e.text }]).resources.find((r) => r.type === 'aws.s3.bucket');
      const pabEv = bucket?.attributes.publicAccessBlock;
      const blocks = pabEv?.state === 'known' && (pabEv.value as { blockPublicAcls?: boolean } | null)?.blockPublicAcls === true;
      expect(blocks, e.name).toBe(e.name.includes('-good-'));
    }
  });
});
