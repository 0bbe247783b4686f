import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { builtinResourceTypes, validateValue } from '../../../core/index.js';
import type { CfnAdapter } from './adapters/index.js';
import { CFN_ADAPTERS, CfnAdapterRegistry } from './adapters/index.js';
import { ModelBuilder, asString } from './model.js';
import { scanCloudFormation, scanCloudFormationPaths } from './scan.js';

const DIR = 'test/fixtures/cloudformation';
const read = (name: string) => ({ path: `${DIR}/${name}`, content: readFileSync(new URL(`../../../../${DIR}/${name}`, import.meta.url), 'utf8') });

describe('scanCloudFormation', () => {
  it('reports a syntax error with its line and goes on with the other files', () => {
    const r = scanCloudFormation([read('broken.yaml'), read('sam.yaml')]);
    expect(r.issues).toEqual([expect.objectContaining({ kind: 'parse-error', file: `${DIR}/broken.yaml`, line: expect.any(Number) })]);
    expect(r.issues[0]?.line).toBeGreaterThanOrEqual(6);
    expect(r.templates).toBe(1);
    expect(r.resources.map((x) => x.uid)).toEqual([`cloudformation:${DIR}/sam.yaml#Uploads`]);
  });

  it('recognises the SAM transform and skips serverless types it has no model for', () => {
    const r = scanCloudFormation([read('sam.yaml')]);
    expect(r.issues).toEqual([]);
    expect(r.resources).toHaveLength(1);
  });

  it('warns about macros it does not expand and Fn::ForEach loops', () => {
    const t = 'Transform: [AWS::Serverless-2016-10-31, MyMacro]\nResources:\n  "Fn::ForEach::Buckets": [x, [a], {}]\n  B:\n    Type: AWS::S3::Bucket\n';
    const r = scanCloudFormation([{ path: 't.yaml', content: t }]);
    expect(r.issues.map((i) => [i.kind, i.line])).toEqual([
      ['warning', 1],
      ['warning', 3],
    ]);
    expect(r.issues[0]?.message).toMatch(/MyMacro/);
    expect(r.resources).toHaveLength(1);
  });

  it('reports an empty file and a document that is not a template', () => {
    const r = scanCloudFormation([
      { path: 'empty.yaml', content: '' },
      { path: 'list.yaml', content: '- a\n- b\n' },
    ]);
    expect(r.issues.map((i) => [i.file, i.kind, i.line])).toEqual([
      ['empty.yaml', 'parse-error', 1],
      ['list.yaml', 'parse-error', 1],
    ]);
  });

  it('skips oversized input with an issue', () => {
    const r = scanCloudFormation([{ path: 'big.yaml', content: `Resources: {}\n#${'x'.repeat(2000)}` }], { maxFileBytes: 1000 });
    expect(r.issues).toEqual([expect.objectContaining({ kind: 'skipped', file: 'big.yaml' })]);
  });

  it('rejects hostile nesting and alias bombs as issues', () => {
    const deep = `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: ${'['.repeat(10000)}${']'.repeat(10000)}\n`;
    const bomb = ['Resources: {}', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) bomb.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const r = scanCloudFormation([
      { path: 'deep.yaml', content: deep },
      { path: 'bomb.yaml', content: bomb.join('\n') },
    ]);
    expect(r.issues.map((i) => [i.file, i.kind])).toEqual([
      ['deep.yaml', 'parse-error'],
      ['bomb.yaml', 'parse-error'],
    ]);
    expect(r.issues[0]).toMatchObject({ line: 4 });
  });

  it('reports structural problems per resource, keeping the rest', () => {
    const t = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  NoType:\n    Properties: {}\n  B:\n    Type: AWS::S3::Bucket\n    Condition: Missing\n';
    const r = scanCloudFormation([{ path: 't.yaml', content: t }]);
    expect(r.issues.map((i) => `${i.kind}:${i.line}`)).toEqual(['parse-error:3', 'warning:7', 'warning:5']);
    expect(r.resources).toHaveLength(1);
  });

  it('drops resources whose condition is false and keeps undecided ones with a warning', () => {
    const t = `Parameters:
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  B:
    Type: AWS::S3::Bucket
    Condition: IsProd
`;
    const undecided = scanCloudFormation([{ path: 't.yaml', content: t }]);
    expect(undecided.resources).toHaveLength(1);
    expect(undecided.issues[0]?.message).toMatch(/condition 'IsProd' cannot be decided/);
    expect(scanCloudFormation([{ path: 't.yaml', content: t }], { parameters: { Env: 'dev' } }).resources).toHaveLength(0);
    expect(scanCloudFormation([{ path: 't.yaml', content: t }], { parameters: { Env: 'prod' } })).toMatchObject({ resources: [{ name: 'B' }], issues: [] });
  });

  it('marks every attribute unknown when the whole Properties block is unresolved', () => {
    const t = 'Conditions:\n  C: !Equals [!Ref AWS::Region, x]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: !If [C, {}, { AccessControl: PublicRead }]\n';
    const r = scanCloudFormation([{ path: 't.yaml', content: t }]);
    expect(r.resources[0]?.attributes.acl).toMatchObject({ state: 'unknown', cause: { expression: expect.stringMatching(/^!If \[C/) } });
    const decided = scanCloudFormation([{ path: 't.yaml', content: t }], { pseudo: { region: 'x' } });
    expect(decided.resources[0]?.attributes).toEqual({});
  });

  it('copies account and region onto resources when given', () => {
    const r = scanCloudFormation([read('sam.yaml')], { pseudo: { region: 'eu-west-1', accountId: '111122223333' } });
    expect(r.resources[0]).toMatchObject({ account: '111122223333', region: 'eu-west-1' });
  });

  it('takes more types through one adapter file each', () => {
    const widget: CfnAdapter = {
      modelType: 'aws.test.widget',
      cfnTypes: ['Custom::Widget'],
      adapt(res, ctx) {
        const b = new ModelBuilder(res, 'aws.test.widget');
        b.set('description', asString(b.prop('Description')), 'Description');
        return [b.build(res.logicalId, ctx)];
      },
    };
    const adapters = new CfnAdapterRegistry([...CFN_ADAPTERS, widget]);
    const r = scanCloudFormation([{ path: 't.yaml', content: 'Resources:\n  K:\n    Type: Custom::Widget\n    Properties:\n      Description: k\n' }], { adapters });
    expect(r.resources[0]).toMatchObject({ type: 'aws.test.widget', attributes: { description: { state: 'known', value: 'k' } } });
    expect(() => new CfnAdapterRegistry([...CFN_ADAPTERS, CFN_ADAPTERS[0]!])).toThrow(/two CloudFormation adapters/);
  });

  it('never throws when an adapter fails', () => {
    const broken: CfnAdapter = {
      modelType: 'aws.s3.bucket',
      cfnTypes: ['AWS::S3::Bucket'],
      adapt() {
        throw new Error('boom');
      },
    };
    const r = scanCloudFormation([read('sam.yaml')], { adapters: new CfnAdapterRegistry([broken]) });
    expect(r.issues).toEqual([expect.objectContaining({ kind: 'warning', message: expect.stringMatching(/Uploads .* could not be adapted: boom/) })]);
  });
});

describe('scanCloudFormationPaths', () => {
  it('walks the fixture folder and scans the templates found by content', async () => {
    const dir = fileURLToPath(new URL(`../../../../${DIR}`, import.meta.url));
    const r = await scanCloudFormationPaths([dir]);
    expect(r.templates).toBe(5);
    expect(new Set(r.resources.map((x) => x.uid.split('#')[0]))).toEqual(
      new Set(['cloudformation:compute-data-iam.yaml', 'cloudformation:s3-bucket.yaml', 'cloudformation:sam.yaml', 'cloudformation:security-group.json', 'cloudformation:suppressions.yaml']),
    );
    expect(r.issues.filter((i) => i.kind === 'parse-error').map((i) => i.file)).toEqual(['broken.yaml']);
  });

  it('gives every fixture resource values its type accepts', async () => {
    const dir = fileURLToPath(new URL(`../../../../${DIR}`, import.meta.url));
    const r = await scanCloudFormationPaths([dir], { parameters: { LogBucket: 'logs', AdminCidr: '10.0.0.0/8', Encrypt: 'true' } });
    const types = builtinResourceTypes();
    const problems: string[] = [];
    for (const res of r.resources) {
      const def = types.get(res.type);
      if (!def) problems.push(`${res.uid}: no type ${res.type}`);
      for (const [k, ev] of Object.entries(res.attributes)) {
        const field = def?.attributes[k];
        if (!field) problems.push(`${res.uid}: ${k} is not an attribute of ${res.type}`);
        else if (ev.state === 'known') validateValue(field.type, ev.value, `${res.uid}#${k}`, problems);
      }
    }
    expect(problems).toEqual([]);
    expect(r.resources.length).toBeGreaterThan(10);
  });
});
