// Seeded generator of realistic Terraform files (resources, modules, variables, locals, dynamic
// blocks, for_each, heredoc policies, templates, comments) for the HCL parser's differential test
// and benchmark. Same seed, same corpus. Run directly to write the corpus to a folder:
//   npx tsx bench/iac/generate-corpus.ts --out bench/out/tf-corpus --files 2000 --seed 1

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface CorpusFile {
  name: string;
  source: string;
  /** True when the generator damaged the file on purpose. */
  broken: boolean;
}

export interface CorpusOptions {
  seed: number;
  files: number;
  /** Share of files given a syntax error, 0..1. */
  brokenRatio?: number;
}

/** Small fast deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCE_TYPES = [
  'aws_s3_bucket',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_public_access_block',
  'aws_security_group',
  'aws_instance',
  'aws_db_instance',
  'aws_iam_role',
  'aws_iam_policy',
  'aws_kms_key',
  'aws_lambda_function',
  'aws_cloudtrail',
  'aws_vpc',
  'aws_subnet',
  'aws_eks_cluster',
  'aws_sqs_queue',
];
const WORDS = ['app', 'data', 'logs', 'main', 'primary', 'backup', 'web', 'api', 'worker', 'audit', 'cache', 'edge'];
const FUNCS = ['lower', 'upper', 'trimspace', 'length', 'tostring', 'sha256', 'base64encode'];

class Writer {
  private readonly out: string[] = [];
  constructor(readonly r: () => number) {}
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  line(indent: number, text: string): void {
    this.out.push(' '.repeat(indent) + text + '\n');
  }
  raw(text: string): void {
    this.out.push(text);
  }
  name(): string {
    return `${this.pick(WORDS)}_${this.pick(WORDS)}${this.int(10)}`;
  }
  toString(): string {
    return this.out.join('');
  }
}

function comment(w: Writer, indent: number): void {
  const k = w.int(3);
  if (k === 0) w.line(indent, `# ${w.pick(WORDS)} ${w.pick(WORDS)} settings`);
  else if (k === 1) w.line(indent, `// TODO: review ${w.pick(WORDS)}`);
  else w.line(indent, `/* ${w.pick(WORDS)}\n${' '.repeat(indent)}   spans lines */`);
}

function simpleExpr(w: Writer, depth = 0): string {
  const k = w.int(depth > 2 ? 6 : 14);
  switch (k) {
    case 0:
      return `"${w.name()}"`;
    case 1:
      return String(w.int(65536));
    case 2:
      return w.chance(0.5) ? 'true' : 'false';
    case 3:
      return `var.${w.name()}`;
    case 4:
      return `local.${w.name()}`;
    case 5:
      return `"\${var.env}-${w.name()}"`;
    case 6:
      return `${w.pick(FUNCS)}(${simpleExpr(w, depth + 1)})`;
    case 7:
      return `var.enabled ? ${simpleExpr(w, depth + 1)} : ${simpleExpr(w, depth + 1)}`;
    case 8:
      return `[${simpleExpr(w, depth + 1)}, ${simpleExpr(w, depth + 1)}]`;
    case 9:
      return `{ name = ${simpleExpr(w, depth + 1)}, "key" = ${simpleExpr(w, depth + 1)} }`;
    case 10:
      return `${w.pick(RESOURCE_TYPES)}.${w.name()}[*].id`;
    case 11:
      return `module.${w.name()}.outputs.${w.name()}`;
    case 12:
      return `(var.count * 2 + 1) % 3 == 0 && !var.disabled || length(var.list) >= 1.5e2`;
    default:
      return `merge(local.tags, { Name = "${w.name()}" }, var.extra...)`;
  }
}

function tags(w: Writer, indent: number): void {
  w.line(indent, 'tags = {');
  const n = 1 + w.int(4);
  for (let i = 0; i < n; i++) w.line(indent + 2, `${w.pick(['Name', 'Env', 'Owner', 'CostCenter'])}${i} = ${simpleExpr(w, 2)}`);
  w.line(indent, '}');
}

function policyHeredoc(w: Writer, indent: number): void {
  const flush = w.chance(0.5);
  const marker = w.pick(['EOF', 'POLICY', 'JSON']);
  w.line(indent, `policy = <<${flush ? '-' : ''}${marker}`);
  const pad = flush ? indent + 2 : 0;
  w.line(pad, '{');
  w.line(pad + 2, '"Version": "2012-10-17",');
  w.line(pad + 2, '"Statement": [');
  const n = 1 + w.int(3);
  for (let i = 0; i < n; i++) {
    w.line(pad + 4, '{');
    w.line(pad + 6, `"Effect": "${w.chance(0.8) ? 'Allow' : 'Deny'}",`);
    w.line(pad + 6, `"Action": ["s3:GetObject", "s3:${w.pick(['PutObject', 'ListBucket', '*'])}"],`);
    w.line(pad + 6, `"Resource": "arn:aws:s3:::\${aws_s3_bucket.${w.name()}.id}/*"`);
    w.line(pad + 4, i + 1 < n ? '},' : '}');
  }
  w.line(pad + 2, ']');
  w.line(pad, '}');
  w.line(flush ? indent : 0, marker);
}

function templateAttr(w: Writer, indent: number): void {
  if (w.chance(0.5)) {
    w.line(indent, `user_data = <<-EOT`);
    w.line(indent + 2, '#!/bin/bash');
    w.line(indent + 2, '%{ for s in var.services ~}');
    w.line(indent + 2, 'systemctl enable ${s}');
    w.line(indent + 2, '%{ endfor ~}');
    w.line(indent + 2, '%{ if var.debug }echo debug%{ else }echo quiet%{ endif }');
    w.line(indent + 2, 'echo "$${HOME} 100%%{x}"');
    w.line(indent, 'EOT');
  } else {
    w.line(indent, `description = "Managed by \\"terraform\\" for %{ if var.prod }prod%{ else }dev%{ endif } \\u00e9 $\${literal}"`);
  }
}

function resource(w: Writer): void {
  const type = w.pick(RESOURCE_TYPES);
  const name = w.name();
  if (w.chance(0.3)) comment(w, 0);
  const head = w.chance(0.15) ? `resource ${type} ${name}` : `resource "${type}" "${name}"`;
  w.line(0, `${head} {`);
  if (w.chance(0.3)) w.line(2, `for_each = { for k, v in var.${w.name()} : k => v if v.enabled }`);
  else if (w.chance(0.2)) w.line(2, `count = var.create ? 1 : 0`);
  const attrs = 2 + w.int(6);
  for (let i = 0; i < attrs; i++) w.line(2, `attr_${i}_${w.pick(WORDS)} = ${simpleExpr(w)}`);
  if (w.chance(0.5)) tags(w, 2);
  if (w.chance(0.25)) policyHeredoc(w, 2);
  if (w.chance(0.2)) templateAttr(w, 2);
  if (w.chance(0.35)) {
    w.line(2, `dynamic "${w.pick(['ingress', 'egress', 'rule'])}" {`);
    w.line(4, `for_each = var.rules`);
    w.line(4, 'content {');
    w.line(6, 'from_port   = ingress.value.from');
    w.line(6, 'cidr_blocks = [for c in ingress.value.cidrs : c if c != "0.0.0.0/0"]');
    w.line(4, '}');
    w.line(2, '}');
  }
  if (w.chance(0.3)) {
    w.line(2, 'lifecycle {');
    w.line(4, 'ignore_changes = [tags, tags_all]');
    w.line(2, '}');
  }
  if (w.chance(0.2)) w.line(2, `depends_on = [${w.pick(RESOURCE_TYPES)}.${w.name()}]`);
  w.line(0, '}');
  w.line(0, '');
}

function variable(w: Writer): void {
  w.line(0, `variable "${w.name()}" {`);
  w.line(2, `type        = ${w.pick(['string', 'number', 'bool', 'list(string)', 'map(object({ name = string, port = number }))'])}`);
  w.line(2, `description = "The ${w.pick(WORDS)} setting"`);
  if (w.chance(0.5)) w.line(2, `default     = ${simpleExpr(w, 2)}`);
  if (w.chance(0.3)) {
    w.line(2, 'validation {');
    w.line(4, 'condition     = can(regex("^[a-z0-9-]+$", var.name)) && length(var.name) <= 63');
    w.line(4, 'error_message = "Must be lowercase."');
    w.line(2, '}');
  }
  w.line(0, '}');
  w.line(0, '');
}

function locals(w: Writer): void {
  w.line(0, 'locals {');
  const n = 2 + w.int(5);
  for (let i = 0; i < n; i++) {
    const k = w.int(4);
    const name = `${w.name()}_${i}`;
    if (k === 0) w.line(2, `${name} = { for s in var.subnets : s.name => s.cidr... }`);
    else if (k === 1) w.line(2, `${name} = flatten([for k, v in var.m : [for x in v : "\${k}/\${x}"]])`);
    else if (k === 2) w.line(2, `${name} = var.list.*.id`);
    else w.line(2, `${name} = ${simpleExpr(w)}`);
  }
  w.line(0, '}');
  w.line(0, '');
}

function moduleBlock(w: Writer): void {
  w.line(0, `module "${w.name()}" {`);
  w.line(2, `source  = "terraform-aws-modules/${w.pick(WORDS)}/aws"`);
  w.line(2, `version = "~> ${1 + w.int(5)}.0"`);
  w.line(2, `name    = "\${var.prefix}-${w.name()}"`);
  w.line(2, `subnets = module.vpc.private_subnets`);
  w.line(0, '}');
  w.line(0, '');
}

function misc(w: Writer): void {
  const k = w.int(4);
  if (k === 0) {
    w.line(0, `output "${w.name()}" {`);
    w.line(2, `value     = ${w.pick(RESOURCE_TYPES)}.${w.name()}[0].arn`);
    w.line(2, 'sensitive = true');
    w.line(0, '}');
  } else if (k === 1) {
    w.line(0, `data "aws_iam_policy_document" "${w.name()}" {`);
    w.line(2, 'statement {');
    w.line(4, 'actions   = ["sts:AssumeRole"]');
    w.line(4, 'principals {');
    w.line(6, 'type        = "Service"');
    w.line(6, 'identifiers = ["ec2.amazonaws.com"]');
    w.line(4, '}');
    w.line(2, '}');
    w.line(0, '}');
  } else if (k === 2) {
    w.line(0, 'terraform {');
    w.line(2, 'required_providers {');
    w.line(4, 'aws = {');
    w.line(6, 'source  = "hashicorp/aws"');
    w.line(6, 'version = ">= 5.0"');
    w.line(4, '}');
    w.line(2, '}');
    w.line(0, '}');
  } else {
    w.line(0, 'provider "aws" {');
    w.line(2, 'region = var.region');
    w.line(2, 'default_tags { tags = local.tags }');
    w.line(0, '}');
  }
  w.line(0, '');
}

function breakFile(w: Writer, src: string): string {
  const lines = src.split('\n');
  const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s+\w+\s+= /.test(l));
  if (candidates.length === 0) return src + '\nresource "x" {\n';
  const [l, i] = w.pick(candidates);
  const k = w.int(3);
  if (k === 0) lines[i] = l.replace('= ', '= = '); // doubled equals
  else if (k === 1) lines[i] = l.replace('= ', '= ( '); // unclosed parenthesis
  else lines[i] = l.replace(/= .*/, '= [1, 2'); // unclosed tuple
  return lines.join('\n');
}

export function generateFile(seed: number, broken: boolean): string {
  const w = new Writer(rng(seed));
  const items = 4 + w.int(14);
  for (let i = 0; i < items; i++) {
    const k = w.int(10);
    if (k < 5) resource(w);
    else if (k < 7) variable(w);
    else if (k < 8) locals(w);
    else if (k < 9) moduleBlock(w);
    else misc(w);
  }
  const src = w.toString();
  return broken ? breakFile(w, src) : src;
}

export function generateCorpus(opts: CorpusOptions): CorpusFile[] {
  const r = rng(opts.seed);
  const out: CorpusFile[] = [];
  for (let i = 0; i < opts.files; i++) {
    const broken = r() < (opts.brokenRatio ?? 0);
    out.push({ name: `f${String(i).padStart(5, '0')}.tf`, source: generateFile(opts.seed * 1_000_003 + i, broken), broken });
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (flag: string, def: string): string => {
    const i = args.indexOf(flag);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : def;
  };
  const dir = arg('--out', 'bench/out/tf-corpus');
  const files = generateCorpus({ seed: Number(arg('--seed', '1')), files: Number(arg('--files', '2000')) });
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.source);
  console.log(`wrote ${files.length} files to ${dir}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
