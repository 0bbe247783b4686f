/** Epoch milliseconds (as stored) to ISO text (as returned). */
export const iso = (ms: number | string | null): string => new Date(Number(ms)).toISOString();
export const isoOrNull = (ms: number | string | null): string | null => (ms === null ? null : iso(ms));

/** IN lists are sent in slices: SQLite and PostgreSQL both cap the parameters of one statement. */
const IN_CHUNK = 500;

export function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
