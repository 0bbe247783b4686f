import type { TfAdapter } from './types.js';

/** Terraform adapters of this area (registered in TF_ADAPTERS). */
export const TF_ORGANIZATIONS_ADAPTERS: readonly TfAdapter[] = [];
