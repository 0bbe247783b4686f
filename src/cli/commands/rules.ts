import type { Command } from 'commander';
import type { Rule } from '../../core/index.js';
import { ParapetError, SEVERITY_RANK } from '../../core/index.js';
import { builtinRules } from '../../rules/index.js';
import type { CliContext } from '../program.js';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n') + '\n';
}

export function describeRule(rule: Rule): string {
  const m = rule.meta;
  const lines = [
    `${m.id}  (${m.severity})`,
    m.title,
    '',
    `Provider: ${m.provider}   Service: ${m.service}   Resource types: ${m.resourceTypes.join(', ')}`,
    `Evaluates: ${(m.sources ?? ['live', 'iac']).join(' and ')}`,
    '',
    'Description:',
    `  ${m.description}`,
    '',
    'Risk:',
    `  ${m.risk}`,
    '',
    'Remediation:',
    `  ${m.remediation.text}`,
  ];
  const snippet = (label: string, text: string | undefined) => {
    if (!text) return;
    lines.push('', `${label}:`, ...text.split('\n').map((l) => `  ${l}`));
  };
  snippet('AWS CLI', m.remediation.cli);
  snippet('Terraform', m.remediation.terraform);
  snippet('CloudFormation', m.remediation.cloudformation);
  snippet('Console', m.remediation.console);
  if (m.references.length) lines.push('', 'References:', ...m.references.map((r) => `  ${r}`));
  return `${lines.join('\n')}\n`;
}

export function rulesCommand(program: Command, ctx: CliContext): void {
  const rules = program.command('rules').description('list and describe the built-in rules');
  rules
    .command('list')
    .description('list rules with id, severity and title')
    .option('--provider <NAME>', 'only rules of this provider (aws, azure, gcp, kubernetes)')
    .option('--service <NAME>', 'only rules of this service, e.g. s3')
    .option('--format <FORMAT>', 'table or json', 'table')
    .action((opts: { provider?: string; service?: string; format: string }) => {
      if (!['table', 'json'].includes(opts.format)) {
        throw new ParapetError('USAGE', `--format '${opts.format}' is not one of table, json`, { hint: 'use --format table or --format json' });
      }
      const list = builtinRules()
        .filter((r) => !opts.provider || r.meta.provider === opts.provider)
        .filter((r) => !opts.service || r.meta.service === opts.service)
        .slice()
        .sort((a, b) => SEVERITY_RANK[b.meta.severity] - SEVERITY_RANK[a.meta.severity] || a.meta.id.localeCompare(b.meta.id));
      if (opts.format === 'json') {
        ctx.io.stdout(`${JSON.stringify(list.map((r) => r.meta), null, 2)}\n`);
        return;
      }
      ctx.io.stdout(table([['ID', 'SEVERITY', 'SOURCES', 'TITLE'], ...list.map((r) => [r.meta.id, r.meta.severity, (r.meta.sources ?? ['live', 'iac']).join('+'), r.meta.title])]));
      ctx.io.stdout(`\n${list.length} rules\n`);
    });
  rules
    .command('show')
    .description('describe one rule: what it checks, why it matters, how to fix it')
    .argument('<ID>', 'rule id')
    .action((id: string) => {
      const rule = builtinRules().find((r) => r.meta.id === id);
      if (!rule) {
        const near = builtinRules()
          .map((r) => r.meta.id)
          .filter((x) => x.includes(id) || id.includes(x.split('-').slice(1, 3).join('-')))
          .slice(0, 5);
        throw new ParapetError('USAGE', `no rule with id '${id}'`, { hint: near.length ? `did you mean: ${near.join(', ')}?` : "run 'parapet rules list' to see every id" });
      }
      ctx.io.stdout(describeRule(rule));
    });
}
