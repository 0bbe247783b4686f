import { describe, expect, it } from 'vitest';
import { parseFilterPattern } from './filter-pattern.js';

function matches(pattern: string, event: Record<string, unknown>): boolean {
  const p = parseFilterPattern(pattern);
  if (!p.ok) throw new Error(p.error);
  return p.match(event);
}

describe('CloudWatch Logs JSON filter patterns', () => {
  it('compares quoted and bare values, with wildcards', () => {
    expect(matches('{ $.eventName = "StopLogging" }', { eventName: 'StopLogging' })).toBe(true);
    expect(matches('{ $.eventName = StopLogging }', { eventName: 'StopLogging' })).toBe(true);
    expect(matches('{ $.eventName = StopLogging }', { eventName: 'StartLogging' })).toBe(false);
    expect(matches('{ $.errorCode = "*UnauthorizedOperation" }', { errorCode: 'Client.UnauthorizedOperation' })).toBe(true);
    expect(matches('{ $.errorCode = "AccessDenied*" }', { errorCode: 'AccessDeniedException' })).toBe(true);
    expect(matches('{ $.errorCode = "AccessDenied*" }', { errorCode: 'Throttling' })).toBe(false);
  });

  it('treats != on a missing field as a match and = as no match', () => {
    expect(matches('{ $.additionalEventData.MFAUsed != "Yes" }', {})).toBe(true);
    expect(matches('{ $.additionalEventData.MFAUsed = "No" }', {})).toBe(false);
    expect(matches('{ $.additionalEventData.MFAUsed != "Yes" }', { additionalEventData: { MFAUsed: 'Yes' } })).toBe(false);
  });

  it('gives && precedence over || and honours parentheses', () => {
    const p = '{ ($.a = 1) || ($.b = 2) && ($.c = 3) }';
    expect(matches(p, { a: 1, c: 0 })).toBe(true);
    expect(matches(p, { b: 2, c: 0 })).toBe(false);
    expect(matches('{ (($.a = 1) || ($.b = 2)) && ($.c = 3) }', { a: 1, c: 0 })).toBe(false);
  });

  it('supports NOT EXISTS, EXISTS, IS NULL, IS TRUE, numbers and indexes', () => {
    const root = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';
    expect(matches(root, { userIdentity: { type: 'Root' }, eventType: 'AwsApiCall' })).toBe(true);
    expect(matches(root, { userIdentity: { type: 'Root', invokedBy: 'support.amazonaws.com' }, eventType: 'AwsApiCall' })).toBe(false);
    expect(matches('{ $.x EXISTS }', { x: 1 })).toBe(true);
    expect(matches('{ $.x IS NULL }', { x: null })).toBe(true);
    expect(matches('{ $.x IS TRUE }', { x: true })).toBe(true);
    expect(matches('{ $.n >= 3 }', { n: 5 })).toBe(true);
    expect(matches('{ $.n < 3 }', { n: 5 })).toBe(false);
    expect(matches('{ $.resources[0].type = "AWS::S3::Object" }', { resources: [{ type: 'AWS::S3::Object' }] })).toBe(true);
  });

  it('reports patterns it does not understand instead of guessing', () => {
    expect(parseFilterPattern('"ConsoleLogin"').ok).toBe(false);
    expect(parseFilterPattern('[ip, user, ...]').ok).toBe(false);
    expect(parseFilterPattern('{ $.eventName = }').ok).toBe(false);
    expect(parseFilterPattern('{ $.eventName = "x" ').ok).toBe(false);
    expect(parseFilterPattern('{ $.eventName ~ "x" }').ok).toBe(false);
    expect(parseFilterPattern('{ ($.a = 1 }').ok).toBe(false);
  });
});
