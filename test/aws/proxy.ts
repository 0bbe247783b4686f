/**
 * A fault-injecting HTTP proxy in front of moto, so the SDK's own retry logic is what gets tested.
 * It answers some requests itself with the error bodies AWS sends (per protocol) and forwards the rest.
 */
import { createServer, request } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = { status: number; code: string; message: string } | undefined;
export type FaultPolicy = (req: { service: string; method: string; url: string; contentType: string; n: number }) => Fault;

export interface FaultProxy {
  url: string;
  stats: { requests: number; injected: number };
  close(): Promise<void>;
}

/** Signing name from the SigV4 credential scope: `Credential=AKID/20260101/us-east-1/ec2/aws4_request`. */
function serviceOf(req: IncomingMessage): string {
  const auth = String(req.headers.authorization ?? '');
  return /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(auth)?.[1] ?? 'unknown';
}

/** Services speaking REST-JSON: their GET requests carry no JSON content type, their errors are JSON. */
const REST_JSON = new Set(['lambda', 'eks', 'securityhub', 'guardduty']);

/** The error document each protocol family uses (JSON, CBOR, EC2 query, other query, S3 REST-XML). */
function errorBody(service: string, contentType: string, code: string, message: string): { contentType: string; body: string; headers?: Record<string, string> } {
  if (contentType.includes('json') || REST_JSON.has(service)) return { contentType: contentType || 'application/json', body: JSON.stringify({ __type: code, message }), headers: { 'x-amzn-errortype': code } };
  if (contentType.includes('cbor')) return { contentType, body: '', headers: { 'x-amzn-errortype': code } };
  if (service === 's3') return { contentType: 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId></Error>` };
  if (service === 'ec2') return { contentType: 'text/xml', body: `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>fault</RequestID></Response>` };
  return { contentType: 'text/xml', body: `<ErrorResponse><Error><Type>${code === 'InternalFailure' ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault</RequestId></ErrorResponse>` };
}

export async function startFaultProxy(target: string, policy: FaultPolicy): Promise<FaultProxy> {
  const t = new URL(target);
  const stats = { requests: 0, injected: 0 };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      stats.requests++;
      const service = serviceOf(req);
      const fault = policy({ service, method: req.method ?? 'GET', url: req.url ?? '/', contentType: String(req.headers['content-type'] ?? ''), n: stats.requests });
      if (fault) {
        stats.injected++;
        const { contentType, body, headers } = errorBody(service, String(req.headers['content-type'] ?? ''), fault.code, fault.message);
        res.writeHead(fault.status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
        res.end(body);
        return;
      }
      const up = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on('error', (err) => {
        res.writeHead(502);
        res.end(String(err));
      });
      up.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Deterministic PRNG (mulberry32) so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Throttles a share of calls the way each service does: 400 Throttling (query APIs), 400
 * ThrottlingException (JSON APIs), 503 SlowDown (S3), 503 RequestLimitExceeded (EC2).
 */
export function throttleShare(share: number, seed = 42): FaultPolicy {
  const rnd = seeded(seed);
  return ({ service, contentType }) => {
    if (rnd() >= share) return undefined;
    if (service === 's3') return { status: 503, code: 'SlowDown', message: 'Please reduce your request rate.' };
    if (service === 'ec2') return { status: 503, code: 'RequestLimitExceeded', message: 'Request limit exceeded.' };
    if (contentType.includes('json') || contentType.includes('cbor') || REST_JSON.has(service)) return { status: 429, code: 'ThrottlingException', message: 'Rate exceeded' };
    return { status: 400, code: 'Throttling', message: 'Rate exceeded' };
  };
}

/** Every call to one service answers 500. */
export function serviceDown(name: string): FaultPolicy {
  return ({ service }) => (service === name ? { status: 500, code: name === 'ec2' ? 'InternalError' : 'InternalFailure', message: 'We encountered an internal error. Please try again.' } : undefined);
}
