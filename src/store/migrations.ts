import type { Db, Dialect } from './db.js';

/**
 * Forward-only schema versions, one list for both backends. A migration's SQL is either shared or
 * given per dialect; `{{id}}` expands to each dialect's auto-increment primary key and
 * `{{without_rowid}}` to SQLite's clustered-table clause. Applied in
 * order on open, each in its own transaction, and recorded in `parapet_migrations`. Never edit a
 * released migration: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string | Record<Dialect, string>;
}

const ID: Record<Dialect, string> = {
  sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  postgres: 'BIGSERIAL PRIMARY KEY',
};
// SQLite: a table read whole by its key (the lifecycle table, scanned on every record) is fastest
// clustered on that key. PostgreSQL has no such option and does not need it.
const WITHOUT_ROWID: Record<Dialect, string> = { sqlite: ' WITHOUT ROWID', postgres: '' };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'scans, findings with status history, resource versions, framework scores',
    sql: `
CREATE TABLE scopes (
  id TEXT PRIMARY KEY,
  sources TEXT NOT NULL,
  accounts TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE scans (
  seq {{id}},
  id TEXT NOT NULL UNIQUE,
  scope_id TEXT NOT NULL REFERENCES scopes(id),
  started_at BIGINT NOT NULL,
  finished_at BIGINT NOT NULL,
  duration_ms BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL,
  sources TEXT NOT NULL,
  accounts TEXT NOT NULL,
  regions TEXT NOT NULL,
  rules TEXT,
  rule_set_version TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  parse_errors INTEGER NOT NULL,
  collection_errors INTEGER NOT NULL,
  issues TEXT NOT NULL,
  summary TEXT NOT NULL,
  findings INTEGER NOT NULL
);
CREATE INDEX scans_scope ON scans (scope_id, seq);
CREATE TABLE findings (
  scope_id TEXT NOT NULL REFERENCES scopes(id),
  finding_id TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  resource_uid TEXT NOT NULL,
  region TEXT,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  first_seen_seq BIGINT NOT NULL,
  first_seen_at BIGINT NOT NULL,
  last_seen_seq BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  open_since BIGINT,
  resolved_at BIGINT,
  reopened_count INTEGER NOT NULL DEFAULT 0,
  data_hash TEXT NOT NULL,
  PRIMARY KEY (scope_id, finding_id)
){{without_rowid}};
CREATE INDEX findings_status ON findings (status, severity);
CREATE TABLE finding_reports (
  scope_id TEXT NOT NULL,
  finding_id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (scope_id, finding_id)
);
CREATE TABLE finding_events (
  id {{id}},
  scope_id TEXT NOT NULL,
  finding_id TEXT NOT NULL,
  scan_seq BIGINT NOT NULL REFERENCES scans(seq),
  at BIGINT NOT NULL,
  kind TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  severity TEXT NOT NULL,
  ttr_ms BIGINT
);
CREATE INDEX finding_events_finding ON finding_events (scope_id, finding_id, scan_seq);
CREATE INDEX finding_events_scan ON finding_events (scope_id, scan_seq, finding_id);
CREATE TABLE resource_versions (
  id {{id}},
  scope_id TEXT NOT NULL,
  uid TEXT NOT NULL,
  scan_seq BIGINT NOT NULL REFERENCES scans(seq),
  hash TEXT,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  region TEXT,
  config TEXT
);
CREATE INDEX resource_versions_uid ON resource_versions (scope_id, uid, scan_seq);
CREATE INDEX resource_versions_scan ON resource_versions (scan_seq);
CREATE TABLE resources (
  scope_id TEXT NOT NULL,
  uid TEXT NOT NULL,
  hash TEXT,
  region TEXT,
  PRIMARY KEY (scope_id, uid)
);
CREATE TABLE framework_scores (
  scan_seq BIGINT NOT NULL REFERENCES scans(seq),
  framework TEXT NOT NULL,
  passed INTEGER NOT NULL,
  failed INTEGER NOT NULL,
  PRIMARY KEY (scan_seq, framework)
);
`,
  },
  {
    version: 2,
    name: 'exceptions with an audit trail',
    sql: `
CREATE TABLE exceptions (
  id TEXT PRIMARY KEY,
  rule TEXT NOT NULL,
  resource TEXT,
  tags TEXT,
  reason TEXT NOT NULL,
  approver TEXT NOT NULL,
  expires TEXT NOT NULL,
  expires_at BIGINT NOT NULL,
  source TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  revoked_at BIGINT,
  revoked_by TEXT,
  revoke_reason TEXT
);
CREATE TABLE exception_audit (
  id {{id}},
  exception_id TEXT NOT NULL,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX exception_audit_exception ON exception_audit (exception_id, id);
`,
  },
];

export function migrationSql(m: Migration, dialect: Dialect): string {
  const sql = typeof m.sql === 'string' ? m.sql : m.sql[dialect];
  return sql.replaceAll('{{id}}', ID[dialect]).replaceAll('{{without_rowid}}', WITHOUT_ROWID[dialect]);
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS parapet_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;

// Any constant works: it only keeps two processes opening the same database from migrating at once.
const PG_LOCK = 7_240_531;

/** Applies the migrations not yet recorded; returns the versions now applied. */
export async function migrate(db: Db, now: () => Date, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(?)', [PG_LOCK]);
    await tx.exec(CREATE_TABLE);
    const done = new Set((await tx.all<{ version: number }>('SELECT version FROM parapet_migrations')).map((r) => Number(r.version)));
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await tx.exec(migrationSql(m, tx.dialect));
      await tx.run('INSERT INTO parapet_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now().getTime()]);
    }
  });
  return appliedMigrations(db);
}

export async function appliedMigrations(db: Db): Promise<number[]> {
  const rows = await db.all<{ version: number }>('SELECT version FROM parapet_migrations ORDER BY version');
  return rows.map((r) => Number(r.version));
}
