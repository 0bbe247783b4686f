import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { ParapetError, SEVERITIES } from '../../core/index.js';
import type { ExceptionState, FindingStore, ScanDiff, StoreMetrics } from '../../store/index.js';
import { DEFAULT_STORE_URL, loadExceptionsFile, openStore, resolveSla } from '../../store/index.js';
import type { CliContext } from '../program.js';

const DB_HELP = `store URL: sqlite:PATH or postgres://... (default ${DEFAULT_STORE_URL}, or PARAPET_DB)`;

function dbUrl(opt: string | undefined, ctx: CliContext): string {
  return opt ?? ctx.io.env.PARAPET_DB ?? DEFAULT_STORE_URL;
}

async function withStore<T>(url: string, fn: (s: FindingStore) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function actor(ctx: CliContext, given?: string): string {
  if (given) return given;
  if (ctx.io.env.PARAPET_ACTOR) return ctx.io.env.PARAPET_ACTOR;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function checkFormat(f: string): 'table' | 'json' {
  if (f !== 'table' && f !== 'json') throw new ParapetError('USAGE', `--format '${f}' is not one of table, json`, { hint: 'use --format table or --format json' });
  return f;
}

export function renderDiff(d: ScanDiff): string {
  const lines = [`Diff of scan #${d.from.seq} (${d.from.finishedAt}) → scan #${d.to.seq} (${d.to.finishedAt})`, `${d.new.length} new, ${d.resolved.length} resolved, ${d.changed.length} changed findings; ${d.drift.length} resources drifted`];
  const section = (title: string, entries: ScanDiff['new']) => {
    if (!entries.length) return;
    lines.push('', `${title}:`);
    for (const e of entries) lines.push(`  ${(e.after ?? e.before)?.severity.toUpperCase().padEnd(8)} ${e.ruleId}  ${e.resourceUid}  (${e.before?.status ?? '-'} → ${e.after?.status ?? 'gone'})`);
  };
  section('New', d.new);
  section('Resolved', d.resolved);
  section('Changed', d.changed);
  if (d.drift.length) {
    lines.push('', 'Configuration drift:');
    for (const r of d.drift) {
      lines.push(`  ${r.change.padEnd(8)} ${r.type} ${r.name} (${r.uid})`);
      for (const a of r.attributes) lines.push(`      ${a.path}: ${JSON.stringify(a.before)} → ${JSON.stringify(a.after)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function renderMetrics(m: StoreMetrics): string {
  const lines = [`Metrics over ${m.scans} scans (generated ${m.generatedAt})`, '', 'SEVERITY  OPEN  OVERDUE  RESOLVED  MTTR(h)  SLA(h)  SLA MET'];
  for (const s of SEVERITIES) {
    const x = m.bySeverity[s];
    lines.push(`${s.padEnd(8)}  ${String(x.open).padStart(4)}  ${String(x.overdue).padStart(7)}  ${String(x.resolved).padStart(8)}  ${(x.mttrHours === null ? '-' : x.mttrHours.toFixed(1)).padStart(7)}  ${(x.slaHours === null ? '-' : String(x.slaHours)).padStart(6)}  ${x.slaCompliancePct === null ? '-' : `${x.slaCompliancePct}%`}`);
  }
  lines.push('', `SLA compliance: ${m.slaCompliancePct === null ? '-' : `${m.slaCompliancePct}%`}; overdue findings: ${m.overdue}; reopened: ${m.reopened.findings} findings (${m.reopened.events} times)`);
  lines.push(`Exceptions: ${Object.entries(m.exceptions).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  if (m.compliance.length) {
    lines.push('', 'Compliance score over time:');
    for (const c of m.compliance) lines.push(`  ${c.framework.padEnd(26)} ${c.points.map((p) => (p.scorePct === null ? '-' : `${p.scorePct.toFixed(1)}%`)).join(' → ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function historyCommands(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('new, resolved and changed findings and configuration drift between two recorded scans (default: the last two)')
    .argument('[SCAN_A]', 'earlier scan id')
    .argument('[SCAN_B]', 'later scan id')
    .option('--db <URL>', DB_HELP)
    .option('--format <FORMAT>', 'table or json', 'table')
    .action(async (a: string | undefined, b: string | undefined, opts: { db?: string; format: string }) => {
      const format = checkFormat(opts.format);
      const d = await withStore(dbUrl(opts.db, ctx), (s) => s.diff({ ...(a ? { from: a } : {}), ...(b ? { to: b } : {}) }));
      ctx.io.stdout(format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : renderDiff(d));
    });

  program
    .command('metrics')
    .description('open findings, time to remediate, SLA compliance, reopened findings, compliance over time, exceptions')
    .option('--db <URL>', DB_HELP)
    .option('--format <FORMAT>', 'table or json', 'table')
    .option('--sla <SEVERITY=DURATION...>', 'override remediation SLAs, e.g. critical=12h high=3d')
    .action(async (opts: { db?: string; format: string; sla?: string[] }) => {
      const format = checkFormat(opts.format);
      const overrides: Record<string, string> = {};
      for (const kv of opts.sla ?? []) {
        const [k, v] = kv.split('=');
        if (!k || !v) throw new ParapetError('USAGE', `--sla '${kv}' must look like SEVERITY=DURATION`, { hint: 'e.g. --sla critical=24h high=7d' });
        overrides[k] = v;
      }
      const m = await withStore(dbUrl(opts.db, ctx), (s) => s.metrics({ sla: resolveSla(overrides) }));
      ctx.io.stdout(format === 'json' ? `${JSON.stringify(m, null, 2)}\n` : renderMetrics(m));
    });

  const ex = program.command('exceptions').description('approved, expiring exceptions that mute findings');
  ex.command('add')
    .description('add an exception (rule, resource selector, reason, approver and expiry are required)')
    .requiredOption('--rule <ID>', 'rule id or glob')
    .option('--resource <UID>', 'resource uid or glob')
    .option('--tag <KEY=VALUE...>', 'tags the resource must carry')
    .requiredOption('--reason <TEXT>', 'why the risk is accepted')
    .requiredOption('--approver <NAME>', 'who approved it')
    .requiredOption('--expires <DATE>', 'YYYY-MM-DD (valid through that day, UTC) or an ISO date-time')
    .option('--actor <NAME>', 'who is making the change (default: PARAPET_ACTOR or the login name)')
    .option('--db <URL>', DB_HELP)
    .action(async (opts: { rule: string; resource?: string; tag?: string[]; reason: string; approver: string; expires: string; actor?: string; db?: string }) => {
      const tags = opts.tag ? Object.fromEntries(opts.tag.map((t) => t.split('=', 2) as [string, string])) : undefined;
      const rec = await withStore(dbUrl(opts.db, ctx), (s) =>
        s.addException({ rule: opts.rule, ...(opts.resource ? { resource: opts.resource } : {}), ...(tags ? { tags } : {}), reason: opts.reason, approver: opts.approver, expires: opts.expires }, { actor: actor(ctx, opts.actor), source: 'cli' }),
      );
      ctx.io.stdout(`added exception ${rec.id} (expires ${rec.expiresAt})\n`);
    });
  ex.command('import')
    .description('add or update the exceptions of a YAML file')
    .argument('<FILE>', 'exceptions file')
    .option('--actor <NAME>', 'who is making the change')
    .option('--db <URL>', DB_HELP)
    .action(async (file: string, opts: { actor?: string; db?: string }) => {
      const inputs = loadExceptionsFile(file);
      const r = await withStore(dbUrl(opts.db, ctx), (s) => s.importExceptions(inputs, { actor: actor(ctx, opts.actor), source: `file:${file}` }));
      ctx.io.stdout(`${JSON.stringify(r)}\n`);
    });
  ex.command('list')
    .description('list exceptions with their state (active, expired, revoked)')
    .option('--state <STATE...>', 'only these states')
    .option('--format <FORMAT>', 'table or json', 'table')
    .option('--db <URL>', DB_HELP)
    .action(async (opts: { state?: string[]; format: string; db?: string }) => {
      const format = checkFormat(opts.format);
      const list = await withStore(dbUrl(opts.db, ctx), (s) => s.listExceptions(opts.state ? { state: opts.state as ExceptionState[] } : {}));
      if (format === 'json') return ctx.io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      ctx.io.stdout(list.map((e) => `${e.state.padEnd(8)} ${e.id}  ${e.rule}  ${e.resource ?? JSON.stringify(e.tags ?? {})}  until ${e.expiresAt}  approved by ${e.approver}: ${e.reason}`).join('\n') + (list.length ? '\n' : 'no exceptions\n'));
    });
  ex.command('revoke')
    .description('revoke an exception before it expires')
    .argument('<ID>', 'exception id')
    .option('--reason <TEXT>', 'why')
    .option('--actor <NAME>', 'who is making the change')
    .option('--db <URL>', DB_HELP)
    .action(async (id: string, opts: { reason?: string; actor?: string; db?: string }) => {
      const rec = await withStore(dbUrl(opts.db, ctx), (s) => s.revokeException(id, { actor: actor(ctx, opts.actor), ...(opts.reason ? { reason: opts.reason } : {}) }));
      ctx.io.stdout(`revoked exception ${rec.id}\n`);
    });
  ex.command('audit')
    .description('every change to exceptions: who, when, what')
    .argument('[ID]', 'one exception')
    .option('--db <URL>', DB_HELP)
    .action(async (id: string | undefined, opts: { db?: string }) => {
      const log = await withStore(dbUrl(opts.db, ctx), (s) => s.exceptionAudit(id));
      ctx.io.stdout(`${JSON.stringify(log, null, 2)}\n`);
    });
}
