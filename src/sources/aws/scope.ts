import type { Resource, ResourceTypeDef } from '../../core/index.js';
import type { AwsSession, CallOptions, ClientCtor, Outcome } from './session.js';
import { ResourceBuilder, unlistedResource } from './session.js';

/**
 * What one collector sees while it runs for one service in one region (or once, for global
 * services): its clients, the call wrapper, and where to put resources.
 */
export class Scope {
  private readonly found: Resource[] = [];

  constructor(
    readonly session: AwsSession,
    readonly service: string,
    readonly region: string,
    readonly account: string,
    readonly partition: string,
    /** Regions being scanned (global collectors such as S3 use it to place clients). */
    readonly regions: readonly string[],
  ) {}

  client<C>(ctor: ClientCtor<C>, region: string = this.region, service: string = this.service): C {
    return this.session.client(service, ctor, region);
  }

  call<T>(action: string, fn: () => Promise<T>, opts?: CallOptions, region: string = this.region): Promise<Outcome<T>> {
    return this.session.call(action, { service: this.service, region }, fn, opts);
  }

  /** Drains an SDK paginator into a list of pages; a failure on any page fails the whole listing. */
  all<P>(action: string, pages: () => AsyncIterable<P>, opts?: CallOptions, region: string = this.region): Promise<Outcome<P[]>> {
    return this.call(
      action,
      async () => {
        const out: P[] = [];
        for await (const page of pages()) out.push(page);
        return out;
      },
      opts,
      region,
    );
  }

  /** `region: null` marks a global resource (IAM, the S3 account settings), which carries no region. */
  resource(type: string, uid: string, name: string, firstOp: string, region: string | null = this.region): ResourceBuilder {
    return new ResourceBuilder(type, uid, name, this.account, region ?? undefined, firstOp);
  }

  emit(r: ResourceBuilder | Resource): void {
    this.found.push(r instanceof ResourceBuilder ? r.build() : r);
  }

  /** Emits the placeholder for a type whose listing failed (see `unlistedResource`). */
  unlisted(def: ResourceTypeDef, uid: string, outcome: Outcome<unknown>, region: string | null = this.region): void {
    if (outcome.kind !== 'error') return;
    this.found.push(unlistedResource(def, uid, this.account, region ?? undefined, outcome.cause));
  }

  arn(service: string, resource: string, region: string = this.region, account: string = this.account): string {
    return `arn:${this.partition}:${service}:${region}:${account}:${resource}`;
  }

  get resources(): readonly Resource[] {
    return this.found;
  }
}

export interface Collector {
  /** Short service name, also the key of the concurrency budget (`iam`, `s3`, `ec2`). */
  service: string;
  /** Global collectors run once per account; regional ones once per scanned region. */
  scope: 'global' | 'regional';
  /** Resource types it produces. */
  types: readonly string[];
  /** Every IAM action it may call: the least-privilege policy is generated from these. */
  actions: readonly string[];
  collect(scope: Scope): Promise<void>;
}
