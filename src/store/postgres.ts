import { ParapetError } from '../core/index.js';
import type { Db } from './db.js';
import { PostgresDb } from './db.js';
import type { StoreOptions } from './store.js';
import { SqlFindingStore } from './store.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The shared store: one PostgreSQL database for many scanners. */
export class PostgresFindingStore extends SqlFindingStore {
  readonly backend = 'postgres' as const;

  private constructor(db: PostgresDb, opts: StoreOptions) {
    super(db, opts);
  }

  /**
   * `schema` (or `?schema=NAME` on the URL, see openStore) keeps Parapet's tables in their own
   * schema, created when missing; tests use one schema each.
   */
  static async open(url: string, opts: StoreOptions & { schema?: string } = {}): Promise<PostgresFindingStore> {
    if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) {
      throw new ParapetError('USAGE', `'${opts.schema}' is not a usable schema name`, { hint: 'use lower-case letters, digits and _' });
    }
    if (opts.schema) {
      const setup = PostgresDb.open(url);
      try {
        await setup.exec(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
      } finally {
        await setup.close();
      }
    }
    const store = new PostgresFindingStore(PostgresDb.open(url, opts.schema), opts);
    try {
      await store.init();
    } catch (e) {
      await store.close();
      throw e;
    }
    return store;
  }

  protected touchFindings = async (tx: Db, scopeId: string, ids: readonly string[], seq: number, at: number): Promise<void> => {
    if (!ids.length) return;
    // One statement for the whole scan: row-by-row round trips would dominate a 100k-finding re-scan.
    await (tx as PostgresDb).query(
      'UPDATE findings AS f SET last_seen_seq = ?, last_seen_at = ? FROM unnest(?::text[]) AS u(id) WHERE f.scope_id = ? AND f.finding_id = u.id',
      [seq, at, ids, scopeId],
    );
  };
}
