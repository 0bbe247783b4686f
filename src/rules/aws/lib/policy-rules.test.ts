import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../../core/index.js';
import { Inventory, UnknownEvidenceError, builtinResourceTypes, createContext } from '../../../core/index.js';
import { iacResource } from '../../../core/fixtures.js';
import type { Resource } from '../../../core/index.js';
import { analyzeAdmin } from './policy.js';
import { daysSince, describeHolder, firstMatching, identityDocuments } from './policy-rules.js';

const ctxOf = (r: Resource) => createContext(r, builtinResourceTypes().get(r.type), new Inventory([r]), [] as EvidenceRecord[]);
const admin = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const marker = { $unknown: { kind: 'unresolved' as const, expression: 'var.p', message: 'could not resolve var.p' } };

describe('policy rule helpers', () => {
  it('reads a managed policy document and a principal\'s inline policies', () => {
    const p = ctxOf(iacResource('aws.iam.policy', 'p', { document: admin }));
    expect(identityDocuments(p).map((d) => d.path)).toEqual(['document']);
    expect(describeHolder(p)).toBe('The managed policy');
    const role = ctxOf(iacResource('aws.iam.role', 'r', { inlinePolicies: { a: admin, b: admin } }));
    expect(identityDocuments(role).map((d) => d.path)).toEqual(['inlinePolicies.a', 'inlinePolicies.b']);
  });
  it('returns the first bad document, and throws on an unknown one when none is bad', () => {
    const docs = [
      { path: 'inlinePolicies.x', name: 'x', doc: marker as never },
      { path: 'inlinePolicies.y', name: 'y', doc: admin },
    ];
    expect(firstMatching(docs, (d) => analyzeAdmin([d]), 'admin')?.doc.name).toBe('y');
    expect(() => firstMatching(docs.slice(0, 1), (d) => analyzeAdmin([d]), 'admin')).toThrow(UnknownEvidenceError);
  });
  it('counts whole days', () => {
    expect(daysSince('2024-01-01T00:00:00Z', Date.parse('2024-01-11T12:00:00Z'))).toBe(10);
  });
});
