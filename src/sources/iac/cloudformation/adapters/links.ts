import type { Resource } from '../../../../core/index.js';
import type { AdapterContext } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { ResourceRef } from '../values.js';

/** The uid of the template resource a value refers to (`!Ref X`, `!GetAtt X.Arn`), if any. */
export function refTarget(v: EvalValue | undefined, ctx: AdapterContext): string | undefined {
  if (!(v instanceof ResourceRef)) return undefined;
  return ctx.template.resources.find((r) => r.logicalId === v.logicalId)?.uid;
}

/** Adds a relationship from `r` to the resource `v` refers to. */
export function addLink(r: Resource, kind: string, v: EvalValue | undefined, ctx: AdapterContext): void {
  const target = refTarget(v, ctx);
  if (target) (r.relationships ??= []).push({ kind, target });
}

/** Resources of `type` in the template. */
export function ofType(ctx: AdapterContext, type: string): EvaluatedResource[] {
  return ctx.template.resources.filter((r) => r.type === type);
}
