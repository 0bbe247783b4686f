/**
 * One S3 Block Public Access switch as it applies to a bucket: S3 enforces the stricter of the
 * bucket-level and the account-level setting, so a live bucket is covered when either is on.
 * Infrastructure code is judged on the bucket-level setting it declares.
 */
import type { Resource, RuleContext } from '../../../core/index.js';
import { UnknownEvidenceError } from '../../../core/index.js';

export type PabFlag = 'blockPublicAcls' | 'ignorePublicAcls' | 'blockPublicPolicy' | 'restrictPublicBuckets';

export interface FlagState {
  on: boolean;
  /** Where the switch is on: 'bucket' or 'account'; or where it was found off. */
  level: 'bucket' | 'account';
  /** Model path to point findings at. */
  path: string;
}

function accountSettings(ctx: RuleContext): Resource | undefined {
  return ctx.inventory.byType('aws.s3.account-settings').find((r) => r.account === ctx.resource.account);
}

/** Reads the account-level switch; throws UnknownEvidenceError when it was not collected or not readable. */
function accountFlag(ctx: RuleContext, flag: PabFlag): boolean {
  const settings = accountSettings(ctx);
  if (!settings) {
    throw new UnknownEvidenceError(`account-level publicAccessBlock.${flag}`, {
      kind: 'not-collected',
      message: `the account-level S3 Block Public Access settings of account ${ctx.resource.account ?? '(unknown account)'} were not collected`,
    });
  }
  try {
    return ctx.getOf(settings, `publicAccessBlock.${flag}`) === true;
  } catch (err) {
    if (err instanceof UnknownEvidenceError) throw new UnknownEvidenceError(`account-level publicAccessBlock.${flag}`, err.cause);
    throw err;
  }
}

/** Whether `flag` applies to the bucket; throws (ERROR) when that cannot be decided. */
export function flagState(ctx: RuleContext, flag: PabFlag): FlagState {
  const path = `publicAccessBlock.${flag}`;
  const live = ctx.resource.provenance.kind === 'live';
  let bucketOn: boolean;
  try {
    bucketOn = ctx.bool(path);
  } catch (err) {
    // The bucket's own setting is unreadable: an account-level switch that is on still covers it.
    if (!(err instanceof UnknownEvidenceError) || !live) throw err;
    let accountOn = false;
    try {
      accountOn = accountFlag(ctx, flag);
    } catch {
      throw err;
    }
    if (accountOn) return { on: true, level: 'account', path };
    throw err;
  }
  if (bucketOn) return { on: true, level: 'bucket', path };
  if (!live) return { on: false, level: 'bucket', path };
  return { on: accountFlag(ctx, flag), level: 'account', path };
}
