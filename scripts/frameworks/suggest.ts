// For each built-in rule that prowler-equivalents.yaml does not name yet, lists the Prowler checks
// of the same service whose titles share the most words with the rule's title and description.
// A starting point for a human: add a line to the table only when the two judge the same setting.
//
//   npx tsx scripts/frameworks/suggest.ts [--all] [--catalog FILE]
//
// --all lists candidates for every rule, mapped or not.
import { readFileSync } from 'node:fs';
import { builtinRules } from '../../src/rules/index.js';
import { readEquivalents } from './generate.js';

const DEFAULT_CATALOG = process.env.PARAPET_PROWLER_CATALOG ?? '/work/shared/reference/prowler-checks.tsv';
const STOP = new Set(['the', 'a', 'an', 'is', 'are', 'be', 'to', 'of', 'and', 'or', 'for', 'in', 'on', 'with', 'that', 'has', 'have', 'not', 'no', 'do', 'does', 'by', 'at', 'from', 'every', 'all', 'any']);

export interface CatalogCheck {
  provider: string;
  service: string;
  id: string;
  title: string;
}

export function readCatalog(path = DEFAULT_CATALOG): CatalogCheck[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [provider = '', service = '', id = '', , , title = ''] = line.split('\t');
      return { provider, service, id, title };
    });
}

const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w)));

function main(argv: string[]): void {
  const i = argv.indexOf('--catalog');
  const catalog = readCatalog(i >= 0 ? argv[i + 1] : undefined);
  const mapped = new Set([...readEquivalents().values()].flat());
  for (const rule of builtinRules()) {
    if (!argv.includes('--all') && mapped.has(rule.meta.id)) continue;
    const mine = words(`${rule.meta.title} ${rule.meta.description} ${rule.meta.id}`);
    const candidates = catalog
      .filter((c) => c.provider === rule.meta.provider && (c.service === rule.meta.service || c.id.startsWith(`${rule.meta.service}_`)))
      .map((c) => ({ c, score: [...words(`${c.title} ${c.id.replace(/_/g, ' ')}`)].filter((w) => mine.has(w)).length }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
    console.log(`${rule.meta.id}${mapped.has(rule.meta.id) ? ' (mapped)' : ''}`);
    for (const { c, score } of candidates) console.log(`  ${String(score).padStart(2)}  ${c.id}  ${c.title}`);
    if (!candidates.length) console.log('  (no candidate in the same service)');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
