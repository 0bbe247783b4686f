/**
 * Access to the moto emulator started by scripts/services/moto.sh. Tests FAIL when CI=true and no
 * emulator is configured (a silent skip would hide a broken pipeline) and skip locally with a message.
 */
export const MOTO_URL = process.env.PARAPET_TEST_MOTO_URL;
export const MOTO_ACCOUNT = '123456789012';
export const TEST_CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

export function motoAvailability(): { run: boolean; reason?: string } {
  if (MOTO_URL) return { run: true };
  if (process.env.CI === 'true') {
    throw new Error('PARAPET_TEST_MOTO_URL is not set but CI=true: start the emulator with `eval "$(bash scripts/services/moto.sh)"` before the tests');
  }
  const reason = 'AWS emulator tests skipped: set PARAPET_TEST_MOTO_URL (eval "$(bash scripts/services/moto.sh)")';
  console.warn(reason);
  return { run: false, reason };
}

let front: string | undefined;

/**
 * The endpoint fixtures and scans use: moto itself, or the front started by `useMotoFront` (moto
 * plus the services it lacks, see proxy.ts `startMotoFront`).
 */
export function motoEndpoint(): string {
  return front ?? (MOTO_URL as string);
}

/** Routes `clientConfig`, `resetMoto` and `setMotoAuth` through `url` (undefined: straight to moto). */
export function useMotoFront(url: string | undefined): void {
  front = url;
}

export function clientConfig(region = 'us-east-1', endpoint = motoEndpoint(), credentials = TEST_CREDENTIALS) {
  return { region, endpoint, credentials, forcePathStyle: true, maxAttempts: 3 };
}

/** Wipes every moto backend (and the front's emulated services) so a run starts from a known state. */
export async function resetMoto(url = motoEndpoint()): Promise<void> {
  const res = await fetch(`${url}/moto-api/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`moto reset failed: HTTP ${res.status}`);
}

/**
 * Switches moto's IAM enforcement: `0` checks every request against the caller's policies,
 * `Infinity` turns checking off. The counter is process-wide in moto, so tests using it run in one file.
 */
export async function setMotoAuth(initialNoAuthActionCount: number, url = motoEndpoint()): Promise<void> {
  const body = Number.isFinite(initialNoAuthActionCount) ? String(initialNoAuthActionCount) : 'inf';
  const res = await fetch(`${url}/moto-api/reset-auth`, { method: 'POST', body });
  if (!res.ok) throw new Error(`moto reset-auth failed: HTTP ${res.status}`);
}
