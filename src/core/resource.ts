import type { Evidence, UnknownMarker } from './evidence.js';
import type { AttrField, InferFields } from './schema.js';

export type Provider = 'aws' | 'azure' | 'gcp' | 'kubernetes';
export const PROVIDERS: readonly Provider[] = ['aws', 'azure', 'gcp', 'kubernetes'];

export interface Location {
  file: string;
  line: number;
  endLine?: number;
  column?: number;
}

/**
 * Where a resource came from.
 * - `live`: read from a cloud API. An attribute missing from `attributes` was not collected and
 *   reads as unknown, never as a default: a collector gap must not turn into a pass.
 * - `iac`: declared in code. A missing attribute is absent: the provider default applies.
 */
export interface Provenance {
  kind: 'live' | 'iac';
  /** `aws`, `terraform`, `terraform-plan`, `cloudformation`, `snapshot`, ... */
  source: string;
  /** Live: the API operations whose answers built this resource. */
  operations?: string[];
  /** IaC: the file and line range of the resource block. */
  location?: Location;
  /** IaC: the Terraform address (`module.x.aws_s3_bucket.y[0]`) or CloudFormation logical id. */
  address?: string;
  /** IaC: line of each attribute, keyed by dotted path (`publicAccessBlock.blockPublicAcls`). */
  attributeLines?: Record<string, Location>;
}

export interface Relationship {
  /** e.g. `attached-to`, `encrypted-by`, `member-of`, `configures`, `assumes`. */
  kind: string;
  target: string;
}

export type Tags = Record<string, string>;

/**
 * One discovered or declared resource, in the single shape every source fills and every rule reads.
 * `attributes` holds three-state evidence per top-level attribute; nested values are plain JSON
 * that may hold UnknownMarkers where a part could not be read.
 */
export interface Resource {
  uid: string;
  provider: Provider;
  type: string;
  account?: string;
  region?: string;
  name: string;
  tags: Tags | UnknownMarker;
  attributes: Record<string, Evidence>;
  provenance: Provenance;
  relationships?: Relationship[];
}

export interface ResourceTypeDef<F extends Record<string, AttrField> = Record<string, AttrField>> {
  /** `aws.s3.bucket`: provider, service, kind. */
  type: string;
  provider: Provider;
  service: string;
  description: string;
  /** Names other tools use for the same kind, e.g. `aws_s3_bucket`, `AWS::S3::Bucket`. */
  aliases: readonly string[];
  attributes: F;
}

/** The attribute type of a resource type definition, for typed fixtures and adapters. */
export type AttributesOf<D> = D extends ResourceTypeDef<infer F> ? InferFields<F> : never;

export function defineResourceType<const F extends Record<string, AttrField>>(def: ResourceTypeDef<F>): ResourceTypeDef<F> {
  if (!/^[a-z0-9]+\.[a-z0-9-]+\.[a-z0-9-]+$/.test(def.type)) {
    throw new Error(`resource type '${def.type}' must look like provider.service.kind`);
  }
  return def;
}

export class ResourceTypeRegistry {
  private readonly byType = new Map<string, ResourceTypeDef>();
  private readonly byAlias = new Map<string, ResourceTypeDef>();

  constructor(defs: readonly ResourceTypeDef[] = []) {
    for (const d of defs) this.add(d);
  }

  add(def: ResourceTypeDef): void {
    if (this.byType.has(def.type)) throw new Error(`resource type ${def.type} is defined twice`);
    this.byType.set(def.type, def);
    for (const alias of def.aliases) this.byAlias.set(alias.toLowerCase(), def);
  }

  get(type: string): ResourceTypeDef | undefined {
    return this.byType.get(type);
  }

  /** Accepts our own name or an alias such as `aws_s3_bucket`. */
  resolve(name: string): ResourceTypeDef | undefined {
    return this.byType.get(name) ?? this.byAlias.get(name.toLowerCase());
  }

  all(): ResourceTypeDef[] {
    return [...this.byType.values()].sort((x, y) => x.type.localeCompare(y.type));
  }
}
