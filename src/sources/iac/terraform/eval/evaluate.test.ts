import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TfInstance } from './module.js';
import { evaluateTree } from './testing.js';
import type { TfObject, TfValue } from './values.js';
import { Ref, Unknown } from './values.js';

const cfg = (t: { byAddress: Map<string, TfInstance> }, address: string): TfObject => {
  const i = t.byAddress.get(address);
  if (!i) throw new Error(`no instance ${address}; have ${[...t.byAddress.keys()].join(', ')}`);
  return i.config;
};

const VARS = `
variable "name" {
  default = "base"
}
variable "flag" {
  type = bool
}
variable "n" {
  default = 1
}
variable "list" {
  default = []
}
variable "map" {
  default = {}
}
resource "aws_s3_bucket" "b" {
  bucket = var.name
  flag   = var.flag
  n      = var.n
  list   = var.list
  map    = var.map
}
`;

describe('variables', () => {
  it('uses defaults and marks variables without a value unknown', async () => {
    const t = await evaluateTree({ 'main.tf': VARS });
    const c = cfg(t, 'aws_s3_bucket.b');
    expect(c.bucket).toBe('base');
    expect(c.flag).toBeInstanceOf(Unknown);
    expect((c.flag as Unknown).reason).toMatch(/no default and no value/);
  });

  it('terraform.tfvars, then *.auto.tfvars in name order, then --var-file, then --var', async () => {
    const t0 = await evaluateTree({
      'main.tf': VARS,
      'terraform.tfvars': 'name = "tfvars"\nn = 2\n',
      'b.auto.tfvars': 'name = "b-auto"\n',
      'a.auto.tfvars.json': '{ "name": "a-auto", "flag": true }',
    });
    expect(cfg(t0, 'aws_s3_bucket.b')).toMatchObject({ bucket: 'b-auto', flag: true, n: 2 });

    const extra = join(t0.dir, 'extra.tfvars');
    writeFileSync(extra, 'name = "var-file"\nlist = ["x", upper("y")]\n');
    const t1 = await evaluateTree({ 'main.tf': VARS, 'terraform.tfvars': 'name = "tfvars"\n' }, { varFiles: [extra] });
    expect(cfg(t1, 'aws_s3_bucket.b')).toMatchObject({ bucket: 'var-file', list: ['x', 'Y'] });

    const t2 = await evaluateTree({ 'main.tf': VARS, 'terraform.tfvars': 'name = "tfvars"\n' }, { varFiles: [extra], vars: ['name=cli', 'flag=false', 'n=42', 'list=["a", "b"]', 'map={ k = "v" }'] });
    expect(cfg(t2, 'aws_s3_bucket.b')).toEqual({ bucket: 'cli', flag: false, n: 42, list: ['a', 'b'], map: { k: 'v' } });
  });

  it('reports a missing --var-file and a malformed --var', async () => {
    const t = await evaluateTree({ 'main.tf': VARS }, { varFiles: ['/nonexistent/x.tfvars'], vars: ['novalue'] });
    expect(t.issues.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringMatching(/variables file not found/), expect.stringMatching(/NAME=VALUE/)]));
  });
});

describe('locals and references', () => {
  it('resolves locals, and a cycle becomes unknown rather than a crash', async () => {
    const t = await evaluateTree({
      'main.tf': `
locals {
  prefix = "app"
  name   = "\${local.prefix}-\${var.env}"
  a      = local.b
  b      = local.a
  self   = local.self
}
variable "env" {
  default = "prod"
}
resource "aws_s3_bucket" "b" {
  bucket = local.name
  cyc    = local.a
  self   = local.self
  undecl = local.missing
}
`,
    });
    const c = cfg(t, 'aws_s3_bucket.b');
    expect(c.bucket).toBe('app-prod');
    expect(c.cyc).toBeInstanceOf(Unknown);
    expect(c.self).toBeInstanceOf(Unknown);
    expect(c.undecl).toBeInstanceOf(Unknown);
  });

  it('references to resources and data sources are Refs; written attributes are values', async () => {
    const t = await evaluateTree({
      'main.tf': `
data "aws_caller_identity" "me" {}
data "aws_iam_policy_document" "p" {
  statement {
    actions = ["s3:GetObject"]
  }
}
resource "aws_s3_bucket" "a" {
  bucket = "alpha"
}
resource "aws_s3_bucket_versioning" "v" {
  bucket  = aws_s3_bucket.a.id
  name    = aws_s3_bucket.a.bucket
  account = data.aws_caller_identity.me.account_id
  policy  = data.aws_iam_policy_document.p.json
  arn     = "\${aws_s3_bucket.a.arn}/*"
}
`,
    });
    const c = cfg(t, 'aws_s3_bucket_versioning.v');
    expect(c.bucket).toBeInstanceOf(Ref);
    expect((c.bucket as Ref).instance).toBe('aws_s3_bucket.a');
    expect(c.name).toBe('alpha');
    expect(c.account).toBeInstanceOf(Ref);
    expect((c.account as Ref).address).toBe('data.aws_caller_identity.me');
    // A policy document's json is rendered from its statements (eval/policy-document.ts).
    expect(JSON.parse(c.policy as string)).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'] }] });
    expect(typeof c.arn).toBe('string'); // a string with a token for the unknown part
    expect(t.byAddress.get('data.aws_caller_identity.me')?.mode).toBe('data');
  });
});

describe('expressions', () => {
  it('conditionals with unknown conditions are unknown unless both branches agree', async () => {
    const t = await evaluateTree({
      'main.tf': `
variable "x" {}
resource "aws_s3_bucket" "b" {
  differ = var.x ? "a" : "b"
  same   = var.x ? "a" : "a"
  known  = true ? "yes" : "no"
  and    = false && var.x
  or     = true || var.x
  math   = 1 + 2 * 3 - 4 / 2
  cmp    = 2 >= 1 && "a" != "b"
  neg    = !true
}
`,
    });
    const c = cfg(t, 'aws_s3_bucket.b');
    expect(c.differ).toBeInstanceOf(Unknown);
    expect((c.differ as Unknown).reason).toMatch(/condition var.x is unknown/);
    expect(c).toMatchObject({ same: 'a', known: 'yes', and: false, or: true, math: 5, cmp: true, neg: false });
  });

  it('for expressions: list, object, grouping, filter; splats', async () => {
    const t = await evaluateTree({
      'main.tf': `
locals {
  users = [{ name = "a", team = "x" }, { name = "b", team = "y" }, { name = "c", team = "x" }]
}
resource "aws_s3_bucket" "b" {
  list   = [for u in local.users : upper(u.name)]
  obj    = { for u in local.users : u.name => u.team }
  group  = { for u in local.users : u.team => u.name... }
  filter = [for i, u in local.users : i if u.team == "x"]
  kv     = [for k, v in { a = 1, b = 2 } : "\${k}=\${v}"]
  splat  = local.users[*].name
  attrsp = local.users.*.team
  one    = { name = "solo" }[*].name
  none   = null[*]
  unk    = [for x in var.nope : x]
}
`,
    });
    const c = cfg(t, 'aws_s3_bucket.b');
    expect(c).toMatchObject({
      list: ['A', 'B', 'C'],
      obj: { a: 'x', b: 'y', c: 'x' },
      group: { x: ['a', 'c'], y: ['b'] },
      filter: [0, 2],
      kv: ['a=1', 'b=2'],
      splat: ['a', 'b', 'c'],
      attrsp: ['x', 'y', 'x'],
      one: ['solo'],
      none: [],
    });
    expect(c.unk).toBeInstanceOf(Unknown);
  });

  it('splat over a counted resource gives its instances; for_each resources are maps', async () => {
    const t = await evaluateTree({
      'main.tf': `
resource "aws_s3_bucket" "c" {
  count  = 2
  bucket = "c-\${count.index}"
}
resource "aws_s3_bucket" "e" {
  for_each = { one = "1", two = "2" }
  bucket   = "e-\${each.key}-\${each.value}"
}
resource "aws_s3_bucket" "r" {
  names  = aws_s3_bucket.c[*].bucket
  second = aws_s3_bucket.c[1].bucket
  each   = aws_s3_bucket.e["two"].bucket
  ids    = [for k, b in aws_s3_bucket.e : k]
}
`,
    });
    expect([...t.byAddress.keys()]).toEqual(['aws_s3_bucket.c[0]', 'aws_s3_bucket.c[1]', 'aws_s3_bucket.e["one"]', 'aws_s3_bucket.e["two"]', 'aws_s3_bucket.r']);
    expect(cfg(t, 'aws_s3_bucket.e["two"]').bucket).toBe('e-two-2');
    expect(cfg(t, 'aws_s3_bucket.r')).toMatchObject({ names: ['c-0', 'c-1'], second: 'c-1', each: 'e-two-2', ids: ['one', 'two'] });
  });

  it('templatefile renders a file with variables and directives', async () => {
    const t = await evaluateTree({
      'user.tpl': 'hello ${name}%{ for s in items }-${s}%{ endfor }\n',
      'main.tf': `
resource "aws_instance" "i" {
  user_data = templatefile("\${path.module}/user.tpl", { name = "ann", items = ["a", "b"] })
  outside   = templatefile("/etc/hostname", {})
}
`,
    });
    const c = cfg(t, 'aws_instance.i');
    expect(c.user_data).toBe('hello ann-a-b\n'); // the file's final newline is kept, as Terraform does
    expect(c.outside).toBeInstanceOf(Unknown);
  });
});

describe('count and for_each', () => {
  it('count = 0 yields no instance; unknown count evaluates one instance with a warning', async () => {
    const t = await evaluateTree({
      'main.tf': `
variable "enabled" {
  default = false
}
variable "unset" {}
resource "aws_s3_bucket" "off" {
  count = var.enabled ? 1 : 0
}
resource "aws_s3_bucket" "maybe" {
  count = var.unset ? 1 : 0
}
resource "aws_s3_bucket" "set" {
  for_each = toset(["b", "a"])
  bucket   = each.value
}
`,
    });
    expect([...t.byAddress.keys()]).toEqual(['aws_s3_bucket.maybe', 'aws_s3_bucket.set["a"]', 'aws_s3_bucket.set["b"]']);
    expect(t.issues.some((i) => i.kind === 'warning' && /aws_s3_bucket.maybe: .*evaluated as a single instance/.test(i.message))).toBe(true);
  });

  it('dynamic blocks, with and without iterator, and over an unknown collection', async () => {
    const t = await evaluateTree({
      'main.tf': `
variable "ports" {
  default = [22, 443]
}
variable "unknown" {}
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port = ingress.value
      to_port   = ingress.value
    }
  }
  dynamic "egress" {
    for_each = { a = "10.0.0.0/8" }
    iterator = rule
    content {
      cidr_blocks = [rule.value]
      description = rule.key
    }
  }
  dynamic "tag" {
    for_each = var.unknown
    content {
      key = tag.value
    }
  }
}
`,
    });
    const c = cfg(t, 'aws_security_group.sg');
    expect(c.ingress).toEqual([
      { from_port: 22, to_port: 22 },
      { from_port: 443, to_port: 443 },
    ]);
    expect(c.egress).toEqual([{ cidr_blocks: ['10.0.0.0/8'], description: 'a' }]);
    expect((c.tag as TfValue[])[0]).toBeInstanceOf(Unknown);
    expect(t.byAddress.get('aws_security_group.sg')?.positions.blocks.ingress?.length).toBe(2);
  });
});

describe('modules', () => {
  const MOD = {
    'main.tf': `
module "store" {
  source  = "./modules/store"
  name    = "logs"
  enabled = true
}
module "many" {
  source   = "./modules/store"
  for_each = toset(["x", "y"])
  name     = each.key
}
module "counted" {
  count  = 2
  source = "./modules/store"
  name   = "c\${count.index}"
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = module.store.bucket_id
  name   = module.store.bucket_name
  inner  = module.store.inner_name
  many   = module.many["y"].bucket_name
}
`,
    'modules/store/main.tf': `
variable "name" {}
variable "enabled" {
  default = false
}
resource "aws_s3_bucket" "b" {
  bucket = var.name
}
resource "aws_s3_bucket" "opt" {
  count  = var.enabled ? 1 : 0
  bucket = "\${var.name}-opt"
}
module "inner" {
  source = "../inner"
  prefix = var.name
}
output "bucket_id" {
  value = aws_s3_bucket.b.id
}
output "bucket_name" {
  value = aws_s3_bucket.b.bucket
}
output "inner_name" {
  value = module.inner.name
}
`,
    'modules/inner/main.tf': `
variable "prefix" {}
resource "aws_sqs_queue" "q" {
  name = "\${var.prefix}-queue"
}
output "name" {
  value = aws_sqs_queue.q.name
}
`,
  };

  it('evaluates local modules with inputs, outputs, nesting, count and for_each addresses', async () => {
    const t = await evaluateTree(MOD);
    const addrs = [...t.byAddress.keys()].sort();
    expect(addrs).toEqual(
      [
        'aws_s3_bucket_versioning.v',
        'module.store.aws_s3_bucket.b',
        'module.store.aws_s3_bucket.opt[0]',
        'module.store.module.inner.aws_sqs_queue.q',
        'module.many["x"].aws_s3_bucket.b',
        'module.many["x"].module.inner.aws_sqs_queue.q',
        'module.many["y"].aws_s3_bucket.b',
        'module.many["y"].module.inner.aws_sqs_queue.q',
        'module.counted[0].aws_s3_bucket.b',
        'module.counted[0].module.inner.aws_sqs_queue.q',
        'module.counted[1].aws_s3_bucket.b',
        'module.counted[1].module.inner.aws_sqs_queue.q',
      ].sort(),
    );
    expect(cfg(t, 'module.counted[1].aws_s3_bucket.b').bucket).toBe('c1');
    expect(cfg(t, 'module.store.module.inner.aws_sqs_queue.q').name).toBe('logs-queue');
    const v = cfg(t, 'aws_s3_bucket_versioning.v');
    expect((v.bucket as Ref).instance).toBe('module.store.aws_s3_bucket.b');
    expect(v).toMatchObject({ name: 'logs', inner: 'logs-queue', many: 'y' });
    // The module directory is not also scanned as a root module of its own.
    expect(addrs.filter((a) => a.startsWith('aws_s3_bucket.'))).toEqual([]);
  });

  it('uses installed remote modules from .terraform/modules/modules.json, and marks missing ones', async () => {
    const t = await evaluateTree({
      'main.tf': `
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
  cidr    = "10.0.0.0/16"
}
module "missing" {
  source = "git::https://example.com/x.git"
}
`,
      '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Dir: '.terraform/modules/vpc' }] }),
      '.terraform/modules/vpc/main.tf': `
variable "cidr" {}
resource "aws_vpc" "this" {
  cidr_block = var.cidr
}
`,
    });
    expect(cfg(t, 'module.vpc.aws_vpc.this').cidr_block).toBe('10.0.0.0/16');
    expect(t.issues.some((i) => /module.missing: remote source .* is not installed/.test(i.message))).toBe(true);
  });

  it('a module source outside the scan root is not read', async () => {
    const t = await evaluateTree({
      'main.tf': `
module "up" {
  source = "../../etc"
}
`,
    });
    expect(t.instances).toEqual([]);
    expect(t.issues.some((i) => /outside the scan root|does not exist/.test(i.message))).toBe(true);
  });
});
