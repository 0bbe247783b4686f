import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Evidence, JsonValue, Relationship, Resource, ResourceTypeDef, SourceIssue, UnknownCause } from '../../core/index.js';
import { ABSENT, apiErrorCause, known, unknown, unknownMarker } from '../../core/index.js';
import type { ErrorClass } from './errors.js';
import { sdkErrorInfo } from './errors.js';
import { Semaphore } from './semaphore.js';

/** The answer of one wrapped API call: a value, "nothing configured", or a reason it is unknown. */
export type Outcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'absent'; code: string }
  | { kind: 'error'; cause: UnknownCause; code: string; cls: ErrorClass };

export interface CallOptions {
  /** Error codes that mean "not configured" (e.g. `NoSuchBucketPolicy`): the attribute is absent, not unknown. */
  absentOn?: readonly string[];
  /** The caller has a fallback: record no issue for a failure (the cause is still returned). */
  quiet?: boolean;
}

export interface CollectStats {
  /** Logical API calls (one per SDK command, pages counted separately). */
  apiCalls: number;
  /** HTTP requests sent, retries included. */
  httpRequests: number;
  /** httpRequests - apiCalls: attempts the SDK's retry strategy added. */
  retries: number;
  /** Calls that failed after retries. */
  failedCalls: number;
  durationMs: number;
  resources: number;
  regions: string[];
  /** Calls per IAM action. */
  byAction: Record<string, number>;
}

export interface ProgressEvent {
  service: string;
  region: string;
  resources: number;
  done: number;
  total: number;
}

/** Static credentials as the SDK takes them. Never logged or stored in a resource. */
export interface AwsCredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}
export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

export interface SessionConfig {
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  endpointUrl?: string;
  maxAttempts: number;
  /** Requests in flight per service and region. */
  perClientConcurrency: number;
}

/** Minimal view of an SDK v3 client: its constructor takes the shared configuration below. */
export interface ClientConfig {
  region: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  endpoint?: string;
  forcePathStyle?: boolean;
  followRegionRedirects?: boolean;
  maxAttempts: number;
  retryMode: string;
  requestHandler: NodeHttpHandler;
}
export type ClientCtor<C> = new (config: ClientConfig) => C;

type Next = (args: unknown) => Promise<unknown>;
interface StackLike {
  add(mw: (next: Next, context: { commandName?: string }) => Next, opts: { step: 'initialize' | 'deserialize'; name: string; priority?: 'high' | 'low' }): void;
}

interface IssueSlot {
  issue: SourceIssue;
  count: number;
}

/**
 * Shared state of one collection run: SDK clients (one per service and region, each with its own
 * concurrency budget), the call wrapper that turns SDK errors into unknown evidence, statistics,
 * the operations actually called, and the issues met.
 */
export class AwsSession {
  readonly stats: CollectStats = { apiCalls: 0, httpRequests: 0, retries: 0, failedCalls: 0, durationMs: 0, resources: 0, regions: [], byAction: {} };
  /** IAM actions passed to `call`, for the least-privilege policy test. */
  readonly calledActions = new Set<string>();
  /** SDK commands actually sent, as `clientName:Operation`, to prove every send went through `call`. */
  readonly sentCommands = new Set<string>();
  private readonly clients = new Map<string, unknown>();
  private readonly issueSlots = new Map<string, IssueSlot>();
  private readonly handler: NodeHttpHandler;

  constructor(readonly config: SessionConfig) {
    const agentOpts = { keepAlive: true, maxSockets: 64 };
    this.handler = new NodeHttpHandler({
      httpAgent: new HttpAgent(agentOpts),
      httpsAgent: new HttpsAgent(agentOpts),
      connectionTimeout: 10_000,
      requestTimeout: 60_000,
    });
  }

  /** One client per (service, region), created on first use, with call counting and a concurrency budget. */
  client<C>(service: string, ctor: ClientCtor<C>, region: string): C {
    const key = `${service}@${region}`;
    const cached = this.clients.get(key);
    if (cached) return cached as C;
    const cfg: ClientConfig = {
      region,
      credentials: this.config.credentials,
      maxAttempts: this.config.maxAttempts,
      // Adaptive mode adds client-side rate limiting on top of standard retries with backoff.
      retryMode: 'adaptive',
      requestHandler: this.handler,
    };
    if (this.config.endpointUrl) {
      cfg.endpoint = this.config.endpointUrl;
      if (service === 's3') cfg.forcePathStyle = true;
    }
    if (service === 's3') cfg.followRegionRedirects = true;
    const client = new ctor(cfg);
    const budget = new Semaphore(this.config.perClientConcurrency);
    // SDK clients expose a generic middleware stack; this narrow structural view is all we need.
    const stack = (client as unknown as { middlewareStack: StackLike }).middlewareStack;
    stack.add(
      (next, context) => async (args) => {
        this.stats.apiCalls++;
        this.sentCommands.add(`${service}:${(context.commandName ?? 'Unknown').replace(/Command$/, '')}`);
        return budget.run(() => next(args));
      },
      { step: 'initialize', name: 'parapetBudget', priority: 'high' },
    );
    stack.add(
      (next) => async (args) => {
        this.stats.httpRequests++;
        return next(args);
      },
      { step: 'deserialize', name: 'parapetAttempts', priority: 'high' },
    );
    this.clients.set(key, client);
    return client;
  }

  /**
   * Runs one API call (or one paginated listing) and maps its failure to unknown evidence. Never
   * throws for SDK errors: a failure becomes an `error` outcome plus a collection-error issue.
   */
  async call<T>(action: string, where: { service: string; region: string }, fn: () => Promise<T>, opts: CallOptions = {}): Promise<Outcome<T>> {
    this.calledActions.add(action);
    this.stats.byAction[action] = (this.stats.byAction[action] ?? 0) + 1;
    let err: unknown;
    // The SDK retries with adaptive backoff first. Its retry quota is per client and can run dry
    // in a long throttling storm; a few slower rounds here keep a busy account from turning into
    // ERRORs, within a bounded time (about 7 s more per call at most).
    for (let round = 0; ; round++) {
      try {
        return { kind: 'ok', value: await fn() };
      } catch (e) {
        err = e;
        if (sdkErrorInfo(e).cls !== 'throttled' || round >= OUTER_THROTTLE_ROUNDS) break;
        await sleep(OUTER_BACKOFF_MS * 2 ** round * (0.5 + Math.random()));
      }
    }
    {
      const info = sdkErrorInfo(err);
      if (opts.absentOn?.includes(info.code)) return { kind: 'absent', code: info.code };
      this.stats.failedCalls++;
      const detail = info.cls === 'throttled' ? `still throttled after ${this.config.maxAttempts} attempts` : info.cls === 'region-disabled' ? 'region not enabled for this account?' : info.cls === 'not-available' ? 'service not available in this region' : undefined;
      const cause = apiErrorCause(action, info.code, detail);
      if (!opts.quiet) this.addIssue({ kind: 'collection-error', service: where.service, region: where.region, operation: action, errorCode: info.code, message: `${action} failed in ${where.region}: ${info.code}${detail ? ` (${detail})` : ''}: ${info.message}` });
      return { kind: 'error', cause, code: info.code, cls: info.cls };
    }
  }

  addIssue(issue: SourceIssue): void {
    const key = [issue.kind, issue.service, issue.region, issue.operation, issue.errorCode ?? issue.message].join('|');
    const slot = this.issueSlots.get(key);
    if (slot) slot.count++;
    else this.issueSlots.set(key, { issue, count: 1 });
  }

  /** Issues, one per (service, region, operation, error), with repeat counts folded into the message. */
  issues(): SourceIssue[] {
    return [...this.issueSlots.values()]
      .map(({ issue, count }) => (count > 1 ? { ...issue, message: `${issue.message} (${count} calls failed)` } : issue))
      .sort((x, y) => (x.service ?? '').localeCompare(y.service ?? '') || (x.region ?? '').localeCompare(y.region ?? '') || (x.operation ?? '').localeCompare(y.operation ?? '') || x.message.localeCompare(y.message));
  }

  destroy(): void {
    for (const c of this.clients.values()) (c as { destroy?: () => void }).destroy?.();
    this.handler.destroy();
  }
}

const OUTER_THROTTLE_ROUNDS = 3;
const OUTER_BACKOFF_MS = 1000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Builds one live resource, recording which operations its attributes came from. */
export class ResourceBuilder {
  private readonly attributes: Record<string, Evidence> = {};
  private readonly ops = new Set<string>();
  private tagValue: Resource['tags'] = {};
  private readonly rels: Relationship[] = [];

  constructor(
    readonly type: string,
    readonly uid: string,
    readonly name: string,
    readonly account: string,
    readonly region: string | undefined,
    firstOp: string,
  ) {
    this.ops.add(firstOp);
  }

  op(action: string): this {
    this.ops.add(action);
    return this;
  }

  known(attr: string, value: JsonValue | undefined): this {
    this.attributes[attr] = value === undefined ? ABSENT : known(value);
    return this;
  }

  unknown(attr: string, cause: UnknownCause): this {
    this.attributes[attr] = unknown(cause);
    return this;
  }

  absent(attr: string): this {
    this.attributes[attr] = ABSENT;
    return this;
  }

  /**
   * Sets attributes from an outcome: `map` turns a value into attribute values (`undefined` = absent);
   * on `absent` every listed attribute is absent; on error every listed attribute is unknown.
   */
  from<T>(action: string, outcome: Outcome<T>, map: (v: T) => Record<string, JsonValue | undefined>, attrs?: readonly string[]): this {
    this.ops.add(action);
    if (outcome.kind === 'ok') {
      for (const [k, v] of Object.entries(map(outcome.value))) this.known(k, v);
      return this;
    }
    const names = attrs ?? [];
    for (const a of names) {
      if (outcome.kind === 'absent') this.absent(a);
      else this.unknown(a, outcome.cause);
    }
    return this;
  }

  tags(tags: Record<string, string>): this {
    this.tagValue = tags;
    return this;
  }

  tagsUnknown(cause: UnknownCause): this {
    this.tagValue = unknownMarker(cause);
    return this;
  }

  rel(kind: string, target: string): this {
    this.rels.push({ kind, target });
    return this;
  }

  build(): Resource {
    const r: Resource = {
      uid: this.uid,
      provider: 'aws',
      type: this.type,
      account: this.account,
      name: this.name,
      tags: this.tagValue,
      attributes: sortedRecord(this.attributes),
      provenance: { kind: 'live', source: 'aws', operations: [...this.ops].sort() },
    };
    if (this.region !== undefined) r.region = this.region;
    if (this.rels.length) r.relationships = [...this.rels].sort((a, b) => a.kind.localeCompare(b.kind) || a.target.localeCompare(b.target));
    return r;
  }
}

function sortedRecord<V>(rec: Record<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of Object.keys(rec).sort()) out[k] = rec[k] as V;
  return out;
}

/**
 * Pages of an operation whose SDK client ships no paginator (DAX, API Gateway v2): follows NextToken
 * until the last page. Drain it with `Scope.all`, so a failure on any page fails the whole listing.
 */
export async function* tokenPages<P extends { NextToken?: string | undefined }>(page: (token: string | undefined) => Promise<P>): AsyncGenerator<P> {
  let token: string | undefined;
  do {
    const p = await page(token);
    yield p;
    token = p.NextToken || undefined;
  } while (token);
}

/** AWS tag lists (`[{Key, Value}]`) as a plain map. */
export function tagMap(tags: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of [...(tags ?? [])].sort((a, b) => (a.Key ?? '').localeCompare(b.Key ?? ''))) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

export function iso(d: Date | string | undefined | null): string | undefined {
  if (d === undefined || d === null) return undefined;
  const t = d instanceof Date ? d : new Date(d);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

/**
 * A placeholder standing for the resources of one type that could not be listed: every attribute
 * is unknown, so each rule for the type reports ERROR naming the failed call instead of silence.
 */
export function unlistedResource(def: ResourceTypeDef, uid: string, account: string, region: string | undefined, cause: UnknownCause): Resource {
  const attributes: Record<string, Evidence> = {};
  for (const name of Object.keys(def.attributes).sort()) attributes[name] = unknown(cause);
  const r: Resource = {
    uid,
    provider: 'aws',
    type: def.type,
    account,
    name: `(not listed: ${cause.operation ?? 'unknown'} ${cause.errorCode ?? 'error'})`,
    tags: unknownMarker(cause),
    attributes,
    provenance: { kind: 'live', source: 'aws', operations: cause.operation ? [cause.operation] : [] },
  };
  if (region !== undefined) r.region = region;
  return r;
}
