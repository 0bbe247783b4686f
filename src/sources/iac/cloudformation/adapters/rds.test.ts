import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanCloudFormation } from '../scan.js';

const FILE = 'test/fixtures/cloudformation/compute-data-iam.yaml';
const content = readFileSync(new URL(`../../../../../${FILE}`, import.meta.url), 'utf8');

describe('AWS::RDS::DBInstance adapter', () => {
  it('maps the instance settings, coercing string booleans', () => {
    const db = scanCloudFormation([{ path: FILE, content }]).resources.find((r) => r.type === 'aws.rds.db-instance');
    expect(db?.name).toBe('orders');
    const values = Object.fromEntries(Object.entries(db?.attributes ?? {}).map(([k, ev]) => [k, ev.state === 'known' ? ev.value : ev.state]));
    expect(values).toEqual({
      engine: 'postgres',
      engineVersion: '16.3',
      instanceClass: 'db.t4g.micro',
      publiclyAccessible: true,
      storageEncrypted: false,
      backupRetentionPeriod: 7,
      multiAz: false,
      iamDatabaseAuthentication: true,
      deletionProtection: true,
    });
    expect(db?.provenance.attributeLines?.publiclyAccessible?.line).toBe(content.split('\n').findIndex((l) => l.includes('PubliclyAccessible')) + 1);
  });
});
