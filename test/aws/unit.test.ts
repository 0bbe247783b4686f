/** Framework pieces that need no emulator: budgets, error mapping, masking, the policy shape. */
import { describe, expect, it } from 'vitest';
import { AWS_COLLECTORS, awsReadOnlyPolicy, awsRequiredActions, maskAccessKeyId } from '../../src/sources/aws/index.js';
import { sdkErrorInfo } from '../../src/sources/aws/errors.js';
import { Semaphore, mapLimit } from '../../src/sources/aws/semaphore.js';
import { AwsSession } from '../../src/sources/aws/session.js';

function sdkError(name: string, status: number): Error {
  return Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });
}

describe('Semaphore and mapLimit', () => {
  it('never lets more than the limit run at once and keeps input order', async () => {
    const sem = new Semaphore(3);
    let running = 0;
    let peak = 0;
    const out = await mapLimit([...Array(20).keys()], 10, (i) =>
      sem.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 2));
        running--;
        return i * 2;
      }),
    );
    expect(peak).toBe(3);
    expect(out).toEqual([...Array(20).keys()].map((i) => i * 2));
    expect(sem.inUse).toBe(0);
  });

  it('rejects a non-positive limit', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});

describe('sdkErrorInfo', () => {
  it.each([
    ['AccessDenied', 403, 'access-denied'],
    ['UnauthorizedOperation', 403, 'access-denied'],
    ['ThrottlingException', 400, 'throttled'],
    ['SlowDown', 503, 'throttled'],
    ['UnrecognizedClientException', 400, 'region-disabled'],
    ['InternalError', 500, 'server'],
    ['NoSuchBucketPolicy', 404, 'not-found'],
  ])('%s (%i) is %s', (name, status, cls) => {
    expect(sdkErrorInfo(sdkError(name, status))).toMatchObject({ code: name, status, cls });
  });

  it('names unparseable errors by HTTP status and network failures by their code', () => {
    expect(sdkErrorInfo(sdkError('Unknown', 502)).code).toBe('HTTP502');
    expect(sdkErrorInfo(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))).toMatchObject({ code: 'ENOTFOUND', cls: 'not-available' });
  });
});

describe('maskAccessKeyId', () => {
  it('keeps the first and last four characters only', () => {
    expect(maskAccessKeyId('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA************MPLE');
    expect(maskAccessKeyId('short')).toBe('*****');
  });
});

describe('AwsSession.call', () => {
  const session = new AwsSession({ credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 3, perClientConcurrency: 2 });
  const where = { service: 's3', region: 'us-east-1' };

  it('maps "not configured" codes to absent and other errors to an unknown cause plus one issue', async () => {
    expect(await session.call('s3:GetBucketPolicy', where, () => Promise.reject(sdkError('NoSuchBucketPolicy', 404)), { absentOn: ['NoSuchBucketPolicy'] })).toEqual({ kind: 'absent', code: 'NoSuchBucketPolicy' });
    const failed = await session.call('s3:GetBucketPolicy', where, () => Promise.reject(sdkError('AccessDenied', 403)));
    expect(failed).toMatchObject({ kind: 'error', code: 'AccessDenied', cause: { kind: 'api-error', operation: 's3:GetBucketPolicy', errorCode: 'AccessDenied' } });
    await session.call('s3:GetBucketPolicy', where, () => Promise.reject(sdkError('AccessDenied', 403)));
    const issues = session.issues();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: 'collection-error', service: 's3', operation: 's3:GetBucketPolicy', errorCode: 'AccessDenied' });
    expect(issues[0]!.message).toContain('(2 calls failed)');
    expect(session.calledActions.has('s3:GetBucketPolicy')).toBe(true);
    session.destroy();
  });
});

describe('awsReadOnlyPolicy', () => {
  it('is one sorted, read-only statement over every declared action', () => {
    const policy = awsReadOnlyPolicy();
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement).toHaveLength(1);
    const actions = policy.Statement[0]!.Action;
    expect(actions).toEqual([...new Set(actions)].sort());
    expect(actions).toEqual(awsRequiredActions());
    for (const c of AWS_COLLECTORS) for (const a of c.actions) expect(actions).toContain(a);
    // Read-only verbs; API Gateway reads are authorised per HTTP verb, as apigateway:GET.
    expect(actions.every((a) => /^([a-z0-9-]+:(Get|List|Describe|Generate)[A-Za-z0-9]+|apigateway:GET)$/.test(a))).toBe(true);
    expect(JSON.stringify(policy).length).toBeLessThan(6144);
  });
});
