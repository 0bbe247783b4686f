import type { Resource } from '../../../../core/index.js';
import type { AdapterContext } from '../model.js';
import type { EvaluatedResource } from '../template.js';

/**
 * Turns template resources of some CloudFormation types into model resources. One file per model
 * type; the registry in `index.ts` lists them.
 */
export interface CfnAdapter {
  /** Model type produced, e.g. `aws.s3.bucket`. */
  modelType: string;
  /** CloudFormation types this adapter builds a model resource from. */
  cfnTypes: readonly string[];
  /** CloudFormation types it only folds into those resources (bucket policies, standalone rules). */
  joins?: readonly string[];
  adapt(res: EvaluatedResource, ctx: AdapterContext): Resource[];
}
