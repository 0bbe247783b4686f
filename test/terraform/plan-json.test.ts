import { describe, expect, it } from 'vitest';
import { walkIacFiles } from '../../src/sources/iac/common/index.js';
import { scanTerraform, scanTerraformPlans } from '../../src/sources/iac/terraform/index.js';
import { readPlan } from '../../src/sources/iac/terraform/plan/index.js';
import { Ref, Unknown } from '../../src/sources/iac/terraform/eval/values.js';
import { terraformJsonToHcl } from '../../src/sources/iac/terraform/json/convert.js';
import { writeTree } from '../../src/sources/iac/terraform/eval/testing.js';
import { cli } from '../cli/helpers.js';

/** Shaped like `terraform show -json plan.out` (format 1.2), trimmed to what the scan reads. */
const PLAN = {
  format_version: '1.2',
  terraform_version: '1.9.0',
  planned_values: {
    root_module: {
      resources: [
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: { bucket: 'data', force_destroy: false, tags: { env: 'prod' } } },
        { address: 'aws_s3_bucket_versioning.v', mode: 'managed', type: 'aws_s3_bucket_versioning', name: 'v', values: { versioning_configuration: [{ status: 'Enabled', mfa_delete: null }] } },
        { address: 'aws_ebs_volume.v', mode: 'managed', type: 'aws_ebs_volume', name: 'v', values: { availability_zone: 'eu-west-1a', size: 10 } },
      ],
      child_modules: [
        {
          address: 'module.logs',
          resources: [{ address: 'module.logs.aws_s3_bucket.logs[0]', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', index: 0, values: { bucket: 'logs' } }],
          child_modules: [{ address: 'module.logs.module.inner', resources: [{ address: 'module.logs.module.inner.aws_ebs_volume.e', mode: 'managed', type: 'aws_ebs_volume', name: 'e', values: { encrypted: true, size: 1 } }] }],
        },
      ],
    },
  },
  resource_changes: [
    { address: 'aws_s3_bucket.b', change: { actions: ['create'], after_unknown: { id: true, arn: true, tags: {} } } },
    { address: 'aws_s3_bucket_versioning.v', change: { actions: ['create'], after_unknown: { bucket: true, id: true, versioning_configuration: [{}] } } },
    { address: 'aws_ebs_volume.v', change: { actions: ['create'], after_unknown: { encrypted: true, id: true } } },
  ],
  configuration: {
    root_module: {
      resources: [
        { address: 'aws_s3_bucket_versioning.v', expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } } },
        { address: 'aws_ebs_volume.v', expressions: { encrypted: { references: ['var.encrypted'] } } },
      ],
      module_calls: { logs: { module: { resources: [] } } },
    },
  },
};

describe('Terraform plan JSON', () => {
  const text = JSON.stringify(PLAN, null, 2);

  it('reads planned values of the root and child modules; after_unknown becomes Unknown, or a Ref when the configuration names the resource', () => {
    const { instances, issues } = readPlan(text, '/x/plan.json', 'plan.json');
    expect(issues).toEqual([]);
    expect(instances.map((i) => i.address)).toEqual(['aws_s3_bucket.b', 'aws_s3_bucket_versioning.v', 'aws_ebs_volume.v', 'module.logs.aws_s3_bucket.logs[0]', 'module.logs.module.inner.aws_ebs_volume.e']);
    const byAddr = new Map(instances.map((i) => [i.address, i]));
    expect(byAddr.get('aws_s3_bucket.b')?.config.id).toBeInstanceOf(Unknown);
    const bucketRef = byAddr.get('aws_s3_bucket_versioning.v')?.config.bucket;
    expect(bucketRef).toBeInstanceOf(Ref);
    expect((bucketRef as Ref).instance).toBe('aws_s3_bucket.b');
    expect(byAddr.get('aws_ebs_volume.v')?.config.encrypted).toBeInstanceOf(Unknown);
    expect(byAddr.get('module.logs.aws_s3_bucket.logs[0]')).toMatchObject({ declAddress: 'module.logs.aws_s3_bucket.logs', modulePath: 'module.logs' });
    // The line where planned_values lists the address.
    const line = text.split('\n').findIndex((l) => l.includes('"address": "module.logs.aws_s3_bucket.logs[0]"')) + 1;
    expect(byAddr.get('module.logs.aws_s3_bucket.logs[0]')?.positions.range.start.line).toBe(line);
  });

  it('adapts plan resources with their address and the plan file as location; joins work across unknown ids', () => {
    const r = scanTerraformPlans([{ path: '/x/plan.json', relPath: 'plan.json', content: text }]);
    const bucket = r.resources.find((x) => x.provenance.address === 'aws_s3_bucket.b');
    expect(bucket?.type).toBe('aws.s3.bucket');
    expect(bucket?.provenance.location?.file).toBe('plan.json');
    expect(JSON.stringify(bucket?.attributes)).toContain('Enabled');
    expect(r.resources.map((x) => x.provenance.address)).toContain('module.logs.aws_s3_bucket.logs[0]');
    expect(r.issues.filter((i) => i.kind === 'warning')).toEqual([]);
  });

  it('is detected by the walker and judged by the CLI: unknown encryption is ERROR, not PASS', async () => {
    const dir = writeTree({ 'plan.json': text });
    const walked = await walkIacFiles([dir]);
    expect(walked.files.map((f) => f.kind)).toEqual(['terraform-plan']);
    const out = await cli(['scan', dir, '--format', 'json', '--quiet', '--rule', 'aws-ec2-ebs-volume-encrypted', '--rule', 'aws-s3-bucket-versioning'], { cwd: dir });
    const doc = JSON.parse(out.stdout) as { findings: { ruleId: string; status: string; resource: { address: string; location: { file: string } } }[]; issues: { message: string }[] };
    const status = Object.fromEntries(doc.findings.map((f) => [`${f.ruleId} ${f.resource.address}`, f.status]));
    expect(status).toMatchObject({
      'aws-ec2-ebs-volume-encrypted aws_ebs_volume.v': 'ERROR',
      'aws-ec2-ebs-volume-encrypted module.logs.module.inner.aws_ebs_volume.e': 'PASS',
      'aws-s3-bucket-versioning aws_s3_bucket.b': 'PASS',
      'aws-s3-bucket-versioning module.logs.aws_s3_bucket.logs[0]': 'FAIL',
    });
    expect(doc.findings.every((f) => f.resource.location.file === 'plan.json')).toBe(true);
    expect(doc.issues.some((i) => /not evaluated yet/.test(i.message))).toBe(false);
  });

  it('an invalid plan is a parse error, not a crash', () => {
    expect(readPlan('{', 'p', 'p.json').issues[0]?.kind).toBe('parse-error');
  });
});

const TF_JSON = `{
  "variable": {
    "enabled": {
      "type": "bool",
      "default": false
    }
  },
  "locals": {
    "name": "app-\${var.env}"
  },
  "resource": {
    "aws_s3_bucket": {
      "b": {
        "bucket": "\${local.name}",
        "tags": {
          "env": "prod"
        }
      },
      "opt": {
        "count": "\${var.enabled ? 1 : 0}",
        "bucket": "opt"
      }
    },
    "aws_s3_bucket_versioning": {
      "v": {
        "bucket": "\${aws_s3_bucket.b.id}",
        "versioning_configuration": {
          "status": "Enabled"
        }
      }
    },
    "aws_security_group": {
      "sg": {
        "description": "web",
        "ingress": [
          {
            "from_port": 22,
            "to_port": 22,
            "protocol": "tcp",
            "cidr_blocks": ["0.0.0.0/0"]
          }
        ]
      }
    }
  }
}
`;

describe('Terraform JSON syntax (.tf.json)', () => {
  it('converts to native syntax on the same lines, strings as templates', () => {
    const { source, issues } = terraformJsonToHcl(TF_JSON, 'main.tf.json');
    expect(issues).toEqual([]);
    const lines = source.split('\n');
    expect(lines[12]).toBe('resource "aws_s3_bucket" "b" {');
    expect(lines[13]).toBe('  bucket = "${local.name}"');
    expect(lines[26]?.trim()).toBe('versioning_configuration {');
  });

  it('is evaluated like .tf: variables, locals, count, references and nested blocks, with JSON lines in findings', async () => {
    const dir = writeTree({ 'main.tf.json': TF_JSON, 'vars.tf': 'variable "env" {\n  default = "dev"\n}\n' });
    const walked = await walkIacFiles([dir]);
    const r = scanTerraform(walked.files.filter((f) => f.kind === 'terraform' || f.kind === 'terraform-json'));
    expect(r.issues).toEqual([]);
    const bucket = r.resources.find((x) => x.provenance.address === 'aws_s3_bucket.b');
    expect(bucket?.name).toBe('app-dev');
    expect(bucket?.tags).toEqual({ env: 'prod' });
    expect(bucket?.provenance.location).toMatchObject({ file: expect.stringMatching(/main\.tf\.json$/), line: 13 });
    expect(JSON.stringify(bucket?.attributes)).toContain('Enabled');
    expect(r.resources.some((x) => x.provenance.address?.startsWith('aws_s3_bucket.opt'))).toBe(false);

    const out = await cli(['scan', dir, '--format', 'json', '--quiet', '--rule', 'aws-ec2-security-group-admin-ports-open', '--var', 'enabled=true'], { cwd: dir });
    const doc = JSON.parse(out.stdout) as { findings: { status: string; resource: { location: { file: string; line: number } } }[] };
    expect(doc.findings.map((f) => [f.status, f.resource.location.file, f.resource.location.line])).toEqual([['FAIL', 'main.tf.json', 36]]);
  });

  it('module inputs that are objects stay map arguments', () => {
    const { source } = terraformJsonToHcl('{"module": {"m": {"source": "./m", "settings": {"a": 1}}}}', 'm.tf.json');
    expect(source).toContain('settings = { "a" = 1 }');
  });

  it('invalid JSON is a parse error with a line', () => {
    const { issues } = terraformJsonToHcl('{\n  "resource": {\n    "x": \n}', 'bad.tf.json');
    expect(issues[0]).toMatchObject({ kind: 'parse-error', file: 'bad.tf.json', line: expect.any(Number) });
  });
});
