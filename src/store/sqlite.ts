import { SqliteDb } from './db.js';
import type { StoreOptions } from './store.js';
import { SqlFindingStore } from './store.js';

/** The embedded default: one file, no server. `:memory:` for throwaway stores. */
export class SqliteFindingStore extends SqlFindingStore {
  readonly backend = 'sqlite' as const;

  private constructor(db: SqliteDb, opts: StoreOptions) {
    super(db, opts);
  }

  static async open(file: string, opts: StoreOptions = {}): Promise<SqliteFindingStore> {
    const store = new SqliteFindingStore(new SqliteDb(file), opts);
    try {
      await store.init();
    } catch (e) {
      await store.close();
      throw e;
    }
    return store;
  }
}
