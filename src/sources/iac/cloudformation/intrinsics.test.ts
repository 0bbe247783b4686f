import { describe, expect, it } from 'vitest';
import { isUnknownMarker } from '../../../core/index.js';
import type { CfnEvalOptions } from './template.js';
import { CLOUDFORMATION_SHORT_TAGS } from '../common/index.js';
import { SHORT_FORM_TAGS } from './intrinsics.js';
import { evaluateTemplate } from './template.js';
import type { EvalValue } from './values.js';
import { ResourceRef, isEvalObject } from './values.js';

const HEAD = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: { Type: String, Default: prod }
  Subnets: { Type: CommaDelimitedList, Default: "a, b,c" }
  NoDefault: { Type: String }
  Ssm: { Type: "AWS::SSM::Parameter::Value<String>", Default: /my/param }
  Port: { Type: Number, Default: 443 }
Mappings:
  RegionMap:
    eu-west-1: { Ami: ami-eu, Size: 10 }
    us-east-1: { Ami: ami-us }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Equals [a, a]]
  Either: !Or [!Condition IsDev, !Equals [1, "1"]]
  Undecided: !Equals [!Ref NoDefault, x]
  AndUndecidedFalse: !And [!Condition Undecided, !Condition IsDev]
  OrUndecidedTrue: !Or [!Condition Undecided, !Condition IsProd]
Resources:
  Other:
    Type: AWS::KMS::Key
  Gone:
    Type: AWS::KMS::Key
    Condition: IsDev
  Subject:
    Type: AWS::S3::Bucket
    Properties:
`;

/** Evaluates `props` (indented YAML lines) as the Properties of a resource and returns them. */
function evalProps(props: string, opts: CfnEvalOptions = {}): Record<string, EvalValue> {
  const body = props
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
  const { template, issues } = evaluateTemplate('t.yaml', HEAD + body, opts);
  expect(issues).toEqual([]);
  const res = template?.byId.get('Subject');
  if (!res || !isEvalObject(res.properties)) throw new Error('no properties');
  return res.properties;
}

function cause(v: EvalValue | undefined): string {
  if (!isUnknownMarker(v)) throw new Error(`expected unknown, got ${JSON.stringify(v)}`);
  return `${v.$unknown.expression} | ${v.$unknown.message}`;
}

describe('short-form tags', () => {
  it('are the ones the classifier declares to the parser', () => {
    expect([...SHORT_FORM_TAGS].sort()).toEqual([...CLOUDFORMATION_SHORT_TAGS].sort());
  });
  it('read an unlisted tag as a call of Fn::<name>', () => {
    expect(cause(evalProps('A: !Frobnicate x').A)).toMatch(/Fn::Frobnicate is not supported/);
  });
});

describe('Ref', () => {
  it('resolves parameters with a Default, lists and given overrides', () => {
    const p = evalProps('A: !Ref Env\nB: !Ref Subnets\nC: !Ref Port\nD: { Ref: Env }');
    expect(p).toMatchObject({ A: 'prod', B: ['a', 'b', 'c'], C: 443, D: 'prod' });
    expect(evalProps('A: !Ref Env\nB: !Ref Subnets', { parameters: { Env: 'dev', Subnets: 'x,y' } })).toMatchObject({ A: 'dev', B: ['x', 'y'] });
  });
  it('leaves a parameter without Default, and SSM parameters, unknown with the expression', () => {
    const p = evalProps('A: !Ref NoDefault\nB: !Ref Ssm');
    expect(cause(p.A)).toMatch(/^!Ref NoDefault \| .*no Default/);
    expect(cause(p.B)).toMatch(/SSM/);
  });
  it('resolves pseudo parameters only when given', () => {
    expect(cause(evalProps('A: !Ref AWS::Region').A)).toMatch(/AWS::Region was not given/);
    expect(evalProps('A: !Ref AWS::Region\nB: !Ref AWS::AccountId', { pseudo: { region: 'eu-west-1', accountId: '123' } })).toMatchObject({ A: 'eu-west-1', B: '123' });
  });
  it('turns a resource into a reference token, and AWS::NoValue removes the property', () => {
    const p = evalProps('A: !Ref Other\nB: !Ref AWS::NoValue\nC: [1, !Ref AWS::NoValue, 2]');
    expect(p.A).toBeInstanceOf(ResourceRef);
    expect((p.A as ResourceRef).render()).toBe('${Other}');
    expect('B' in p).toBe(false);
    expect(p.C).toEqual([1, 2]);
  });
  it('names a resource removed by its condition and an unknown name', () => {
    const p = evalProps('A: !Ref Gone\nB: !Ref Nothing');
    expect(cause(p.A)).toMatch(/removed by its condition/);
    expect(cause(p.B)).toMatch(/no parameter or resource named Nothing/);
  });
});

describe('Fn::GetAtt', () => {
  it('accepts the dotted and the list forms, short and long', () => {
    const p = evalProps('A: !GetAtt Other.Arn\nB: !GetAtt [Other, Arn]\nC: { "Fn::GetAtt": [Other, KeyId] }');
    expect((p.A as ResourceRef).render()).toBe('${Other.Arn}');
    expect((p.B as ResourceRef).render()).toBe('${Other.Arn}');
    expect((p.C as ResourceRef).render()).toBe('${Other.KeyId}');
    expect(cause(evalProps('A: !GetAtt Missing.Arn').A)).toMatch(/no resource named Missing/);
  });
});

describe('Fn::Sub', () => {
  it('substitutes parameters, pseudo parameters, variables and literals', () => {
    const p = evalProps(
      'A: !Sub "app-${Env}-${AWS::Region}"\nB: !Sub ["${X}-${Env}", { X: !Ref Port }]\nC: !Sub "${!Literal}-${Env}"\nD: { "Fn::Sub": "x-${Env}" }',
      { pseudo: { region: 'us-east-1' } },
    );
    expect(p).toMatchObject({ A: 'app-prod-us-east-1', B: '443-prod', C: '${Literal}-prod', D: 'x-prod' });
  });
  it('keeps resource references in ${} form and fails on unknown parts', () => {
    const p = evalProps('A: !Sub "${Other.Arn}/*"\nB: !Sub "arn:${AWS::Partition}:s3:::x"\nC: !Sub "${Other}"');
    expect(p.A).toBe('${Other.Arn}/*');
    expect(p.C).toBe('${Other}');
    expect(cause(p.B)).toMatch(/\$\{AWS::Partition\} is unknown/);
  });
});

describe('Fn::If and conditions', () => {
  it('picks the branch of a decided condition', () => {
    const p = evalProps('A: !If [IsProd, yes, no]\nB: !If [IsDev, yes, no]\nC: !If [Both, 1, 2]\nD: !If [Either, 1, 2]\nE: { "Fn::If": [IsProd, !Ref AWS::NoValue, 3] }');
    expect(p).toMatchObject({ A: 'yes', B: 'no', C: 1, D: 1 });
    expect('E' in p).toBe(false);
  });
  it('short-circuits And/Or around an undecided condition', () => {
    expect(evalProps('A: !If [AndUndecidedFalse, 1, 2]\nB: !If [OrUndecidedTrue, 1, 2]')).toMatchObject({ A: 2, B: 1 });
  });
  it('marks an undecided condition unknown unless both branches agree', () => {
    const p = evalProps('A: !If [Undecided, 1, 2]\nB: !If [Undecided, same, same]');
    expect(cause(p.A)).toMatch(/^!If \[Undecided, 1, 2\] \| .*Undecided cannot be decided/);
    expect(p.B).toBe('same');
    expect(evalProps('A: !If [Undecided, 1, 2]', { parameters: { NoDefault: 'x' } }).A).toBe(1);
  });
  it('evaluates condition functions in value position', () => {
    expect(evalProps('A: !Equals [!Ref Env, prod]\nB: !Not [!Equals [a, b]]\nC: !Or [!Equals [a, b], !Equals [b, b]]\nD: !And [!Equals [a, a], !Condition IsDev]')).toMatchObject({
      A: true,
      B: true,
      C: true,
      D: false,
    });
  });
});

describe('list and string functions', () => {
  it('Fn::Join', () => {
    const p = evalProps('A: !Join ["-", [a, !Ref Env, 3]]\nB: !Join ["", ["arn:aws:s3:::", !Ref Other, "/*"]]\nC: !Join [",", !Ref Subnets]\nD: !Join ["", [!Ref NoDefault]]');
    expect(p).toMatchObject({ A: 'a-prod-3', B: 'arn:aws:s3:::${Other}/*', C: 'a,b,c' });
    expect(cause(p.D)).toMatch(/^!Join/);
  });
  it('Fn::Select and Fn::Split', () => {
    const p = evalProps('A: !Select [1, [x, y, z]]\nB: !Select ["0", !Ref Subnets]\nC: !Split [",", "p,q"]\nD: !Select [5, [x]]\nE: !Select [0, !Split ["|", "m|n"]]');
    expect(p).toMatchObject({ A: 'y', B: 'a', C: ['p', 'q'], E: 'm' });
    expect(cause(p.D)).toMatch(/^!Select/);
  });
  it('Fn::FindInMap, with DefaultValue', () => {
    const p = evalProps(
      'A: !FindInMap [RegionMap, eu-west-1, Ami]\nB: !FindInMap [RegionMap, !Ref AWS::Region, Ami]\nC: !FindInMap [RegionMap, us-east-1, Size, { DefaultValue: 8 }]\nD: !FindInMap [RegionMap, nowhere, Ami]',
      { pseudo: { region: 'us-east-1' } },
    );
    expect(p).toMatchObject({ A: 'ami-eu', B: 'ami-us', C: 8 });
    expect(cause(p.D)).toMatch(/no entry RegionMap.nowhere.Ami/);
    expect(cause(evalProps('A: !FindInMap [RegionMap, !Ref AWS::Region, Ami]').A)).toMatch(/^!FindInMap/);
  });
  it('Fn::Base64', () => {
    const p = evalProps('A: !Base64 hello\nB: { "Fn::Base64": { "Fn::Sub": "x-${Env}" } }\nC: !Base64 { Ref: NoDefault }');
    expect(p).toMatchObject({ A: 'aGVsbG8=', B: Buffer.from('x-prod').toString('base64') });
    expect(cause(p.C)).toMatch(/^!Base64/);
  });
  it('Fn::Cidr for IPv4 and IPv6', () => {
    const p = evalProps('A: !Cidr ["10.0.0.0/16", 3, 8]\nB: !Cidr ["2001:db8::/56", 2, 64]\nC: !Select [1, !Cidr ["192.168.0.0/24", 2, 7]]\nD: !Cidr ["10.0.0.0/30", 8, 8]');
    expect(p.A).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']);
    expect(p.B).toEqual(['2001:db8::/64', '2001:db8:0:1::/64']);
    expect(p.C).toBe('192.168.0.128/25');
    expect(cause(p.D)).toMatch(/invalid Fn::Cidr/);
  });
  it('Fn::GetAZs, Fn::ImportValue and Fn::Transform stay unknown', () => {
    const p = evalProps('A: !GetAZs ""\nB: !ImportValue shared-vpc\nC: { "Fn::Transform": { Name: AWS::Include } }\nD: { "Fn::Nope": 1 }');
    expect(cause(p.A)).toMatch(/deploy time/);
    expect(cause(p.B)).toMatch(/^!ImportValue shared-vpc/);
    expect(cause(p.C)).toMatch(/macros/);
    expect(cause(p.D)).toMatch(/Fn::Nope is not supported/);
  });
  it('Fn::Length and Fn::ToJsonString (language extensions)', () => {
    expect(evalProps('A: { "Fn::Length": [1, 2, 3] }\nB: { "Fn::ToJsonString": { a: !Ref Env } }')).toMatchObject({ A: 3, B: '{"a":"prod"}' });
  });
  it('dynamic references are unknown', () => {
    expect(cause(evalProps('A: "{{resolve:ssm:/x}}"').A)).toMatch(/dynamic reference/);
  });
});

describe('JSON templates', () => {
  it('evaluates the long forms with lines', () => {
    const json = JSON.stringify(
      {
        AWSTemplateFormatVersion: '2010-09-09',
        Parameters: { Env: { Type: 'String', Default: 'prod' } },
        Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
        Resources: {
          B: {
            Type: 'AWS::S3::Bucket',
            Properties: {
              BucketName: { 'Fn::Join': ['-', ['b', { Ref: 'Env' }]] },
              Status: { 'Fn::If': ['IsProd', 'Enabled', 'Suspended'] },
              Arn: { 'Fn::GetAtt': ['B', 'Arn'] },
              Az: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
            },
          },
        },
      },
      null,
      2,
    );
    const { template, issues } = evaluateTemplate('t.json', json);
    expect(issues).toEqual([]);
    const b = template?.byId.get('B');
    expect(b?.properties).toMatchObject({ BucketName: 'b-prod', Status: 'Enabled' });
    expect(b?.lines.get('Status')).toBe(json.split('\n').findIndex((l) => l.includes('"Status"')) + 1);
    expect(cause((b?.properties as Record<string, EvalValue>).Az)).toMatch(/^!Select/);
  });
});
