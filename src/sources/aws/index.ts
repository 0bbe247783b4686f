export { collectAws } from './collect.js';
export type { CollectAwsOptions, CollectAwsResult } from './collect.js';
export { awsReadOnlyPolicy, awsRequiredActions, IDENTITY_ACTIONS } from './permissions.js';
export type { IamPolicyDocument } from './permissions.js';
export { AWS_COLLECTORS } from './collectors/index.js';
export { REGION_DISCOVERY_ACTIONS, discoverRegions } from './regions.js';
export type { Collector } from './scope.js';
export type { CollectStats, ProgressEvent, AwsCredentialIdentity, AwsCredentialIdentityProvider } from './session.js';
export { maskAccessKeyId } from './errors.js';
