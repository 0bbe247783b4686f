import { describe, expect, it } from 'vitest';
import { ParapetError, ValidationErrors, builtinResourceTypes } from '../../core/index.js';
import { liveResource, unknownAttr } from '../../core/fixtures.js';
import { buildSnapshot, parseSnapshot, serializeSnapshot } from './snapshot.js';

const types = builtinResourceTypes();

function errorText(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ParapetError);
    return (err as ParapetError).describe();
  }
  throw new Error('expected an error');
}

describe('snapshots', () => {
  it('round-trips resources with all three evidence states', () => {
    const r = liveResource('aws.s3.bucket', 'b', { versioning: { enabled: true }, policy: unknownAttr('s3:GetBucketPolicy') });
    const text = serializeSnapshot(buildSnapshot([r], [{ kind: 'collection-error', message: 'x' }], { kind: 'test' }, new Date(0)));
    const snap = parseSnapshot(text, 'snap.json', types);
    expect(snap.resources).toEqual([r]);
    expect(snap.issues).toHaveLength(1);
    expect(snap.generatedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('names the line of a JSON syntax error', () => {
    const text = '{\n  "schemaVersion": 1,\n  "resources": [\n    { "uid": "a", }\n  ]\n}';
    const msg = errorText(() => parseSnapshot(text, 'bad.json', types));
    expect(msg).toMatch(/^bad\.json:4: not valid JSON/);
    expect(msg).toContain('next step');
  });

  it('names the file, line and field of a schema violation', () => {
    const text = JSON.stringify({ schemaVersion: 1, resources: [{ uid: 'x', provider: 'aws', type: 'aws.s3.bucket', name: 'x', attributes: {}, provenance: { kind: 'cloud', source: 'aws' } }] }, null, 2);
    const err = (() => {
      try {
        parseSnapshot(text, 'snap.json', types);
      } catch (e) {
        return e as ValidationErrors;
      }
      throw new Error('expected an error');
    })();
    expect(err).toBeInstanceOf(ValidationErrors);
    const msg = err.describe();
    expect(msg).toContain("snap.json:11: field 'resources.0.provenance.kind'");
  });

  it('rejects an attribute the type does not have, and a value of the wrong type', () => {
    const r = liveResource('aws.s3.bucket', 'b', { versioning: { enabled: 'yes' }, colour: 'blue' });
    const text = serializeSnapshot(buildSnapshot([r], [], undefined));
    const msg = errorText(() => parseSnapshot(text, 's.json', types));
    expect(msg).toContain("'colour' is not an attribute of aws.s3.bucket");
    expect(msg).toContain('expected a boolean');
    expect(msg).toMatch(/s\.json:\d+: field 'resources\[0\]\.attributes\.versioning\.value\.enabled'/);
  });

  it('rejects duplicate uids', () => {
    const r = liveResource('aws.s3.bucket', 'b', {});
    const msg = errorText(() => parseSnapshot(serializeSnapshot(buildSnapshot([r, r], [], undefined)), 's.json', types));
    expect(msg).toContain('duplicate resource uid');
  });

  it('keeps resources of types this version does not model', () => {
    const r = liveResource('aws.quantum.widget', 'w', { anything: 1 });
    expect(parseSnapshot(serializeSnapshot(buildSnapshot([r], [], undefined)), 's.json', types).resources).toHaveLength(1);
  });
});
