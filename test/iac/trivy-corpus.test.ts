import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import { loadCorpus, scanExample } from './corpus.js';
import { TRIVY_EQUIVALENTS } from './trivy-map.js';

const corpus = loadCorpus();
const ruleIds = new Set(builtinRules().map((r) => r.meta.id));
const covered = corpus.filter((c) => TRIVY_EQUIVALENTS[c.long_id]);

describe('trivy-checks AWS corpus', () => {
  it('maps only to rules that exist and checks that exist', () => {
    for (const [check, rules] of Object.entries(TRIVY_EQUIVALENTS)) {
      expect(corpus.some((c) => c.long_id === check), `${check} is not in the corpus`).toBe(true);
      for (const r of rules) expect(ruleIds.has(r), `${r} is not a rule`).toBe(true);
    }
  });

  let agree = 0;
  let total = 0;
  for (const check of covered) {
    const rules = TRIVY_EQUIVALENTS[check.long_id] ?? [];
    for (const [format, ex] of Object.entries(check.examples ?? {})) {
      if (format !== 'terraform' && format !== 'cloudformation') continue;
      for (const [kind, list] of [['bad', ex.bad ?? []], ['good', ex.good ?? []]] as const) {
        list.forEach((text, i) => {
          it(`${check.long_id} ${format} ${kind} #${i + 1}`, async () => {
            const { findings, parseErrors } = await scanExample(format, text, rules);
            expect(parseErrors, 'the example must parse').toEqual([]);
            const failed = findings.filter((f) => f.status === 'FAIL');
            total++;
            const ok = kind === 'bad' ? failed.length > 0 : failed.length === 0;
            if (ok) agree++;
            expect(ok, `${kind} example: ${failed.length} FAIL (${findings.map((f) => `${f.ruleId}=${f.status}: ${f.message}`).join('; ') || 'no findings'})\n${text}`).toBe(true);
          });
        });
      }
    }
  }

  it('prints coverage and agreement', () => {
    const withExamples = corpus.filter((c) => Object.keys(c.examples ?? {}).some((k) => k === 'terraform' || k === 'cloudformation')).length;
    console.log(`trivy-checks corpus: ${covered.length} of ${corpus.length} AWS checks covered (${withExamples} have IaC examples); agreement ${agree}/${total} examples (${total ? ((100 * agree) / total).toFixed(1) : '0'}%)`);
    expect(agree).toBe(total);
  });
});
