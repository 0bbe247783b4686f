import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ParapetError } from '../core/index.js';

export type Dialect = 'sqlite' | 'postgres';
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

/**
 * The little SQL surface the store needs, the same for both backends. SQL is written with `?`
 * placeholders; the PostgreSQL adapter numbers them. Integers come back as numbers on both.
 */
export interface Db {
  readonly dialect: Dialect;
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Several statements, no parameters (migrations). */
  exec(script: string): Promise<void>;
  /** Inserts many rows; `tail` is appended (e.g. an ON CONFLICT clause). */
  insertMany(table: string, columns: readonly string[], rows: readonly SqlValue[][], tail?: string): Promise<void>;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  readonly raw: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    try {
      this.raw = new Database(file);
    } catch (e) {
      throw new ParapetError('STORE', `cannot open SQLite database ${file}: ${(e as Error).message}`, {
        hint: 'check the --db path and its permissions',
        cause: e,
      });
    }
    this.raw.pragma('journal_mode = WAL');
    this.raw.pragma('synchronous = NORMAL');
    this.raw.pragma('foreign_keys = ON');
    this.raw.pragma('busy_timeout = 5000');
    // A 100k-finding first scan is one big transaction; cap the WAL file once it is checkpointed.
    this.raw.pragma('journal_size_limit = 67108864');
  }

  prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.raw.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.prepare(sql).run(...params).changes;
  }

  async exec(script: string): Promise<void> {
    this.raw.exec(script);
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly SqlValue[][], tail = ''): Promise<void> {
    if (!rows.length) return;
    const st = this.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${tail}`);
    for (const r of rows) st.run(...r);
  }

  /**
   * One connection, so transactions are queued: BEGIN/COMMIT around awaited work would otherwise
   * let a second caller's writes land inside the first caller's transaction. Do not nest.
   */
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.raw.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this);
        this.raw.exec('COMMIT');
        return out;
      } catch (e) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw e;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    this.raw.close();
  }
}

/** Numbers `?` placeholders as `$1, $2, ...`, leaving quoted text alone. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  let quote: string | undefined;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  return out;
}

// BIGINT (20) and NUMERIC (1700) arrive as strings by default; every value we store fits a double.
const INT8 = 20;
const NUMERIC = 1700;
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

const PG_ROWS_PER_INSERT = 50_000;

type Queryable = pg.Pool | pg.PoolClient;

export class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;
  private readonly sqlCache = new Map<string, string>();

  constructor(
    private readonly conn: Queryable,
    private readonly pool: pg.Pool,
    private readonly shared: { columnTypes: Map<string, Map<string, string>> } = { columnTypes: new Map() },
  ) {}

  static open(url: string, schema?: string): PostgresDb {
    const pool = new pg.Pool({
      connectionString: url,
      types: pgTypes,
      max: 4,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    pool.on('error', () => {
      // An idle client lost its connection; the next query reports the problem.
    });
    return new PostgresDb(pool, pool);
  }

  private text(sql: string): string {
    let t = this.sqlCache.get(sql);
    if (t === undefined) {
      t = numberPlaceholders(sql);
      this.sqlCache.set(sql, t);
    }
    return t;
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<pg.QueryResult> {
    try {
      return await this.conn.query(this.text(sql), params as unknown[]);
    } catch (e) {
      throw storeError(e);
    }
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  async exec(script: string): Promise<void> {
    try {
      await this.conn.query(script);
    } catch (e) {
      throw storeError(e);
    }
  }

  /**
   * One `INSERT ... SELECT FROM unnest(array, array, ...)` per 50,000 rows: a parameter per column
   * rather than per value, so a 100,000-finding scan is a few statements the server plans once.
   */
  async insertMany(table: string, columns: readonly string[], rows: readonly SqlValue[][], tail = ''): Promise<void> {
    if (!rows.length) return;
    const types = await this.columnTypes(table);
    const casts = columns.map((c, j) => {
      const t = types.get(c);
      if (!t) throw new ParapetError('INTERNAL', `table ${table} has no column ${c}`);
      return `$${j + 1}::${t}[]`;
    });
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${casts.join(', ')}) ${tail}`;
    for (let i = 0; i < rows.length; i += PG_ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + PG_ROWS_PER_INSERT);
      const arrays = columns.map((_, j) => chunk.map((r) => r[j] ?? null));
      try {
        await this.conn.query(sql, arrays);
      } catch (e) {
        throw storeError(e);
      }
    }
  }

  private async columnTypes(table: string): Promise<Map<string, string>> {
    let types = this.shared.columnTypes.get(table);
    if (!types) {
      const rows = await this.all<{ column_name: string; data_type: string }>(
        'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?',
        [table],
      );
      types = new Map(rows.map((r) => [r.column_name, r.data_type]));
      this.shared.columnTypes.set(table, types);
    }
    return types;
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.conn !== this.pool) return fn(this);
    const client = await this.pool.connect().catch((e: unknown) => {
      throw storeError(e);
    });
    const tx = new PostgresDb(client, this.pool, this.shared);
    try {
      await client.query('BEGIN');
      const out = await fn(tx);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function storeError(e: unknown): unknown {
  if (e instanceof ParapetError) return e;
  const err = e as Error & { code?: string };
  if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND' || err.code === '28P01' || err.code === '3D000') {
    return new ParapetError('STORE', `cannot connect to PostgreSQL: ${err.message}`, {
      hint: 'check the postgres:// URL given to --db and that the server is running',
      cause: e,
    });
  }
  return new ParapetError('STORE', `PostgreSQL error: ${err.message}`, { cause: e });
}
