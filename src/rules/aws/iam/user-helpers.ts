/** Reading the access keys of an IAM user, one evidence record per field read. */
import type { RuleContext } from '../../../core/index.js';
import { detailString } from '../detail.js';

export interface AccessKeyView {
  index: number;
  id: string;
  active: boolean;
  createdAt?: string;
  lastUsedAt?: string;
}

/** The user's access keys; an unreadable status throws (ERROR). Dates are read only when asked for. */
export function accessKeys(ctx: RuleContext): AccessKeyView[] {
  const keys = ctx.list('accessKeys');
  return keys.map((_, index) => {
    const status = ctx.string(`accessKeys.${index}.status`);
    const id = detailString(ctx, `accessKeys.${index}.id`) ?? `key ${index + 1}`;
    return { index, id, active: status !== 'Inactive' };
  });
}

export function keyCreated(ctx: RuleContext, k: AccessKeyView): string | undefined {
  return ctx.string(`accessKeys.${k.index}.createdAt`);
}

export function keyLastUsed(ctx: RuleContext, k: AccessKeyView): string | undefined {
  return ctx.string(`accessKeys.${k.index}.lastUsedAt`);
}
