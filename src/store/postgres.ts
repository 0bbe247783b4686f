import { ParapetError } from '../core/index.js';
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
}
