/**
 * Classifies errors thrown by the AWS SDK. The error code is kept exactly as AWS sent it
 * (`AccessDenied`, `UnauthorizedOperation`, `ThrottlingException`) so causes name what happened.
 */
export type ErrorClass = 'access-denied' | 'throttled' | 'region-disabled' | 'not-available' | 'not-found' | 'server' | 'other';

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  'UnauthorizedAccess',
  'AllAccessDisabled',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
  'TransactionInProgressException',
]);
/** What AWS answers in a region the account has not opted in to. */
const REGION_DISABLED = new Set(['UnrecognizedClientException', 'InvalidClientTokenId', 'AuthFailure', 'OptInRequired', 'InvalidIdentityToken']);
/** Network failures reaching an endpoint that does not exist: the service is not offered in that region. */
const NOT_AVAILABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'UnknownEndpoint', 'EndpointError', 'SubscriptionRequiredException']);

export interface SdkErrorInfo {
  code: string;
  status?: number;
  message: string;
  cls: ErrorClass;
}

export function sdkErrorInfo(err: unknown): SdkErrorInfo {
  const e = (err ?? {}) as { name?: unknown; Code?: unknown; code?: unknown; message?: unknown; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  let code = typeof e.Code === 'string' ? e.Code : typeof e.name === 'string' ? e.name : typeof e.code === 'string' ? e.code : 'UnknownError';
  // The SDK names errors it cannot parse `Unknown`/`Error`; the HTTP status is more telling then.
  if ((code === 'Unknown' || code === 'Error' || code === 'UnknownError') && status) code = `HTTP${status}`;
  const netCode = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message.split('\n')[0]!.slice(0, 300) : String(err);
  let cls: ErrorClass = 'other';
  if (ACCESS_DENIED.has(code) || status === 403) cls = 'access-denied';
  if (THROTTLED.has(code) || status === 429) cls = 'throttled';
  if (REGION_DISABLED.has(code)) cls = 'region-disabled';
  if (NOT_AVAILABLE.has(code) || (netCode && NOT_AVAILABLE.has(netCode))) cls = 'not-available';
  else if (status !== undefined && status >= 500 && cls === 'other') cls = 'server';
  if (/NotFound|NoSuch/.test(code) || (status === 404 && cls === 'other')) cls = 'not-found';
  return { code: netCode && NOT_AVAILABLE.has(netCode) ? netCode : code, ...(status !== undefined ? { status } : {}), message, cls };
}

/** First 4 and last 4 characters: enough to match a key in the console, useless to an attacker. */
export function maskAccessKeyId(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
