import type { Db } from './db.js';
import { SqliteDb } from './db.js';
import type { StoreOptions } from './store.js';
import { SqlFindingStore } from './store.js';

/** The embedded default: one file, no server. `:memory:` for throwaway stores. */
export class SqliteFindingStore extends SqlFindingStore {
  readonly backend = 'sqlite' as const;
  private readonly sqlite: SqliteDb;

  private constructor(db: SqliteDb, opts: StoreOptions) {
    super(db, opts);
    this.sqlite = db;
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

  protected touchFindings = async (_tx: Db, scopeId: string, ids: readonly string[], seq: number, at: number): Promise<void> => {
    const st = this.sqlite.prepare('UPDATE findings SET last_seen_seq = ?, last_seen_at = ? WHERE scope_id = ? AND finding_id = ?');
    for (const id of ids) st.run(seq, at, scopeId, id);
  };
}
