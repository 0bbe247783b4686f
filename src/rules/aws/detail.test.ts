import { describe, expect, it } from 'vitest';
import { liveResource, unknownAttr } from '../../core/fixtures.js';
import type { EvidenceRecord } from '../../core/index.js';
import { Inventory, builtinResourceTypes, createContext } from '../../core/index.js';
import { detail, detailString } from './detail.js';

const types = builtinResourceTypes();
const ctxFor = (attrs: Parameters<typeof liveResource>[2], record: EvidenceRecord[] = []) => {
  const r = liveResource('aws.rds.db-instance', 'db', attrs);
  return createContext(r, types.get(r.type), new Inventory([r]), record);
};

describe('detail reads', () => {
  it('returns known values and records them as evidence', () => {
    const record: EvidenceRecord[] = [];
    expect(detailString(ctxFor({ engine: 'postgres' }, record), 'engine')).toBe('postgres');
    expect(record.map((e) => e.path)).toEqual(['engine']);
  });
  it('gives undefined for unknown, uncollected or non-string values instead of throwing', () => {
    expect(detail(ctxFor({ engine: unknownAttr('rds:DescribeDBInstances') }), 'engine')).toBeUndefined();
    expect(detail(ctxFor({}), 'engine')).toBeUndefined();
    expect(detail(ctxFor({ engine: { $unknown: { kind: 'unresolved', message: 'x' } } }), 'engine')).toBeUndefined();
    expect(detailString(ctxFor({ engine: 5 }), 'engine')).toBeUndefined();
  });
});
