import { ParapetError } from '../core/index.js';
import { PostgresFindingStore } from './postgres.js';
import { SqliteFindingStore } from './sqlite.js';
import type { StoreOptions } from './store.js';
import type { FindingStore } from './types.js';

export const DEFAULT_STORE_URL = 'sqlite:.parapet/parapet.db';

/**
 * Opens the store a `--db` URL names and applies pending migrations:
 * - `sqlite:PATH` (default `sqlite:.parapet/parapet.db`; `sqlite::memory:` for a throwaway store)
 * - `postgres://user:pass@host:port/db` or `postgresql://...`; `?schema=NAME` keeps the tables in
 *   their own schema.
 */
export async function openStore(url: string = DEFAULT_STORE_URL, opts: StoreOptions = {}): Promise<FindingStore> {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ParapetError('USAGE', `'${url}' names no database file`, { hint: `use sqlite:PATH, e.g. ${DEFAULT_STORE_URL}` });
    return SqliteFindingStore.open(file, opts);
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ParapetError('USAGE', 'the PostgreSQL URL is not valid', { hint: 'use postgres://user:password@host:5432/database' });
    }
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return PostgresFindingStore.open(parsed.toString(), { ...opts, ...(schema ? { schema } : {}) });
  }
  throw new ParapetError('USAGE', `unsupported database URL '${url.replace(/\/\/[^@/]*@/, '//***@')}'`, {
    hint: `use sqlite:PATH (default ${DEFAULT_STORE_URL}) or postgres://user:password@host:5432/database`,
  });
}
