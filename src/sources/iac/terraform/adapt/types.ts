import type { TfInstance } from '../eval/module.js';
import type { AdaptContext, ResourceDraft } from './builder.js';

/**
 * Turns Terraform resource instances into one model type. `primary` instances become model
 * resources; `joins` are instances that configure one of them (an aws_s3_bucket_versioning for its
 * bucket), found through the attribute `via` (a reference, or a literal name matched against the
 * primary's `nameAttr`).
 */
export interface TfAdapter {
  modelType: string;
  primary: readonly string[];
  /** Attribute of the primary that holds its name, for joins by literal name. */
  nameAttr?: string;
  build(inst: TfInstance, ctx: AdaptContext): ResourceDraft;
  joins?: Readonly<Record<string, { via: string; apply: (draft: ResourceDraft, inst: TfInstance, ctx: AdaptContext) => void }>>;
  /**
   * For joined instances whose target is not in the scanned configuration (a rule added to a group
   * defined elsewhere): build a partial resource so the joined settings are still judged.
   */
  orphan?: (inst: TfInstance, ctx: AdaptContext) => ResourceDraft | undefined;
  /** Runs after all joins: fill settings that only hold when nothing else set them. */
  finish?: (draft: ResourceDraft) => void;
}
