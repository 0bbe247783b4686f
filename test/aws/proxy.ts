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

/** Region from the same credential scope. */
function regionOf(req: IncomingMessage): string {
  const auth = String(req.headers.authorization ?? '');
  return /Credential=[^/]+\/[^/]+\/([^/]+)\//.exec(auth)?.[1] ?? 'us-east-1';
}

/** Services speaking REST-JSON: their GET requests carry no JSON content type, their errors are JSON. */
const REST_JSON = new Set(['lambda', 'eks', 'securityhub', 'guardduty', 'access-analyzer', 'es', 'elasticfilesystem', 'kafka', 'apigateway']);

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
      forward(t, req, res, Buffer.concat(chunks));
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

interface AnalyzerRecord {
  arn: string;
  name: string;
  type: string;
  status: 'ACTIVE';
  createdAt: string;
  tags: Record<string, string>;
}

/**
 * IAM Access Analyzer as moto lacks it: an in-memory emulator of the REST-JSON wire protocol
 * (CreateAnalyzer, GetAnalyzer, ListAnalyzers with `type`/`maxResults`/`nextToken`,
 * DeleteAnalyzer), with one set of analyzers per region. It does not check IAM, so moto's IAM
 * enforcement tests say nothing about `access-analyzer:*` permissions.
 */
export class AccessAnalyzerEmulator {
  private readonly regions = new Map<string, Map<string, AnalyzerRecord>>();
  /** Page size of ListAnalyzers when the caller gives no maxResults (small values exercise pagination). */
  defaultPageSize = 100;

  constructor(private readonly account: string) {}

  reset(): void {
    this.regions.clear();
  }

  private inRegion(region: string): Map<string, AnalyzerRecord> {
    let m = this.regions.get(region);
    if (!m) this.regions.set(region, (m = new Map()));
    return m;
  }

  /** Answers one request: HTTP status and JSON body (errors carry `__type` as the service does). */
  handle(method: string, rawUrl: string, region: string, body: string): { status: number; body: unknown } {
    const url = new URL(rawUrl, 'http://emulator');
    const analyzers = this.inRegion(region);
    const named = /^\/analyzer\/([^/]+)$/.exec(url.pathname);
    const error = (status: number, code: string, message: string) => ({ status, body: { __type: code, message } });
    if (url.pathname === '/analyzer' && method === 'PUT') {
      let req: { analyzerName?: string; type?: string; tags?: Record<string, string> };
      try {
        req = JSON.parse(body || '{}') as typeof req;
      } catch {
        return error(400, 'ValidationException', 'request body is not JSON');
      }
      if (!req.analyzerName || !req.type) return error(400, 'ValidationException', 'analyzerName and type are required');
      if (analyzers.has(req.analyzerName)) return error(409, 'ConflictException', `Analyzer ${req.analyzerName} already exists`);
      const arn = `arn:aws:access-analyzer:${region}:${this.account}:analyzer/${req.analyzerName}`;
      analyzers.set(req.analyzerName, { arn, name: req.analyzerName, type: req.type, status: 'ACTIVE', createdAt: new Date().toISOString(), tags: req.tags ?? {} });
      return { status: 200, body: { arn } };
    }
    if (url.pathname === '/analyzer' && method === 'GET') {
      const type = url.searchParams.get('type');
      const all = [...analyzers.values()].filter((a) => !type || a.type === type).sort((x, y) => x.name.localeCompare(y.name));
      const start = Number(url.searchParams.get('nextToken') ?? '0');
      const max = Number(url.searchParams.get('maxResults') ?? this.defaultPageSize);
      if (!Number.isInteger(start) || start < 0 || !Number.isInteger(max) || max < 1) return error(400, 'ValidationException', 'bad nextToken or maxResults');
      const page = all.slice(start, start + max);
      return { status: 200, body: { analyzers: page, ...(start + max < all.length ? { nextToken: String(start + max) } : {}) } };
    }
    if (named && (method === 'GET' || method === 'DELETE')) {
      const name = decodeURIComponent(named[1]!);
      const found = analyzers.get(name);
      if (!found) return error(404, 'ResourceNotFoundException', `Analyzer ${name} not found`);
      if (method === 'DELETE') {
        analyzers.delete(name);
        return { status: 200, body: {} };
      }
      return { status: 200, body: { analyzer: found } };
    }
    return error(501, 'NotImplemented', `the Access Analyzer emulator does not implement ${method} ${url.pathname}`);
  }
}

export interface MotoFront {
  url: string;
  accessAnalyzer: AccessAnalyzerEmulator;
  close(): Promise<void>;
}

function forward(t: URL, req: IncomingMessage, res: ServerResponse, body: Buffer, rewrite?: (text: string) => string): void {
  const up = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
    if (rewrite) {
      const parts: Buffer[] = [];
      upRes.on('data', (c: Buffer) => parts.push(c));
      upRes.on('end', () => {
        const text = rewrite(Buffer.concat(parts).toString('utf8'));
        const { 'transfer-encoding': _chunked, ...headers } = upRes.headers;
        res.writeHead(upRes.statusCode ?? 502, { ...headers, 'content-length': String(Buffer.byteLength(text)) });
        res.end(text);
      });
      return;
    }
    res.writeHead(upRes.statusCode ?? 502, upRes.headers);
    upRes.pipe(res);
  });
  up.on('error', (err) => {
    res.writeHead(502);
    res.end(String(err));
  });
  up.end(body);
}

/**
 * moto 5.2.1 writes MSK creation times without a UTC offset (`2026-01-01T10:00:00.123456`), which
 * the SDK rejects as invalid RFC 3339; the front adds the `Z` the real API sends.
 */
function kafkaTimesAsUtc(text: string): string {
  return text.replace(/("creationTime":\s*"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)"/g, '$1Z"');
}

/**
 * The endpoint the tests talk to: Access Analyzer requests (recognised by the SigV4 signing name
 * `access-analyzer`) go to the emulator, everything else to moto unchanged. A moto reset through
 * it also resets the emulator. `policy` can answer any request with an error first, as the fault
 * proxy does.
 */
export async function startMotoFront(target: string, account: string, policy: FaultPolicy = () => undefined): Promise<MotoFront> {
  const t = new URL(target);
  const accessAnalyzer = new AccessAnalyzerEmulator(account);
  let n = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const service = serviceOf(req);
      const contentType = String(req.headers['content-type'] ?? '');
      const fault = policy({ service, method: req.method ?? 'GET', url: req.url ?? '/', contentType, n: ++n });
      if (fault) {
        const e = errorBody(service, contentType, fault.code, fault.message);
        res.writeHead(fault.status, { ...e.headers, 'content-type': e.contentType, 'content-length': Buffer.byteLength(e.body) });
        res.end(e.body);
        return;
      }
      if (service === 'access-analyzer') {
        const answer = accessAnalyzer.handle(req.method ?? 'GET', req.url ?? '/', regionOf(req), body.toString('utf8'));
        const text = JSON.stringify(answer.body);
        const code = (answer.body as { __type?: string }).__type;
        res.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...(code ? { 'x-amzn-errortype': code } : {}) });
        res.end(text);
        return;
      }
      if (req.method === 'POST' && (req.url ?? '').startsWith('/moto-api/reset') && !(req.url ?? '').startsWith('/moto-api/reset-auth')) accessAnalyzer.reset();
      forward(t, req, res, body, service === 'kafka' ? kafkaTimesAsUtc : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accessAnalyzer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
