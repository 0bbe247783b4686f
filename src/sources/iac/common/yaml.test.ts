import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanNestingDepth } from '../../../core/nesting.js';
import { MAX_NESTING_DEPTH, loadYamlTree, mapGet, treeToPlain } from './yaml.js';

describe('scanNestingDepth', () => {
  it('counts flow brackets, indentation and inline sequence dashes', () => {
    expect(scanNestingDepth('a: 1').depth).toBe(1);
    expect(scanNestingDepth('a:\n  b:\n    c: 1').depth).toBe(3);
    expect(scanNestingDepth('a: [[[1]]]').depth).toBe(4);
    expect(scanNestingDepth('- - - x').depth).toBe(4);
    // An upper bound: inside JSON both the brackets and the indentation count.
    expect(scanNestingDepth('{\n  "a": {\n    "b": [1,\n      2]\n  }\n}').depth).toBe(7);
  });
  it('ignores brackets in quotes and comments, and block scalar bodies', () => {
    expect(scanNestingDepth('a: "[[[[["\nb: \'{{{{\' # [[[[').depth).toBe(1);
    const script = `UserData: |\n  #!/bin/bash\n  if [ -f "x ]; then { echo '[[[[' ; }\n    fi\nNext: 1`;
    expect(scanNestingDepth(script).depth).toBe(3);
    // A header inside a comment is not one: what follows still counts.
    const deep = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 2)}${'['.repeat(i % 2)}k${i}:`).join('\n');
    expect(scanNestingDepth(`a: b # c: |\n${deep}`).depth).toBeGreaterThanOrEqual(100);
    expect(scanNestingDepth(`a: |\n${deep}`).depth).toBeGreaterThanOrEqual(100);
  });
  it('follows quoted scalars across lines, so brackets after a closing quote still count', () => {
    expect(scanNestingDepth(`a: [ "x\n  ", ${'['.repeat(80)}${']'.repeat(80)} ]`).depth).toBeGreaterThan(80);
    expect(scanNestingDepth('a: "multi\n  [[[[ line"\nb: 1').depth).toBe(1);
    expect(scanNestingDepth("a: it's fine [[[[\nb: 1").depth).toBe(5);
  });
  it('does not let a stray quote or bracket in plain text hide what follows', () => {
    const deep = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n');
    expect(scanNestingDepth(`a: 5" screen\n${deep}`).depth).toBeGreaterThanOrEqual(100);
    expect(scanNestingDepth(`a: x [\n${deep}`).depth).toBeGreaterThanOrEqual(100);
    expect(scanNestingDepth(`a: it's\nb: ${'['.repeat(80)}`).depth).toBeGreaterThan(80);
  });
  it('is not fooled by CRLF blank lines or explicit-key markers', () => {
    const crlf = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\r\n\r\n');
    expect(scanNestingDepth(crlf).depth).toBe(100);
    expect(scanNestingDepth(`${'? '.repeat(100)}x`).depth).toBe(101);
  });
  it('stops early past the limit and names the line', () => {
    const r = scanNestingDepth(`a: 1\nb: ${'['.repeat(100)}`, 10);
    expect(r.depth).toBeGreaterThan(10);
    expect(r.line).toBe(2);
  });
});

describe('loadYamlTree', () => {
  it('keeps tags and lines of keys and values', () => {
    const { root, issues } = loadYamlTree('A: !Ref X\nB:\n  - !GetAtt [a, b]\n', 'f.yaml');
    expect(issues).toEqual([]);
    const a = mapGet(root, 'A');
    expect(a).toMatchObject({ keyLine: 1, value: { kind: 'scalar', value: 'X', tag: '!Ref' } });
    const b = mapGet(root, 'B')?.value;
    expect(b?.kind === 'seq' && b.items[0]).toMatchObject({ kind: 'seq', tag: '!GetAtt', line: 3 });
  });
  it('expands anchors, aliases and merge keys', () => {
    const { root, issues } = loadYamlTree('base: &b { x: 1, y: 2 }\nuse: { <<: *b, y: 3 }\nref: *b\n', 'f.yaml');
    expect(issues).toEqual([]);
    expect(treeToPlain(root!)).toEqual({ base: { x: 1, y: 2 }, use: { y: 3, x: 1 }, ref: { x: 1, y: 2 } });
  });
  it('keeps digits with a leading zero as text', () => {
    const { root } = loadYamlTree('Account: 012345678901\nPort: 22\nOctal: 0o17\n', 'f.yaml');
    expect(treeToPlain(root!)).toEqual({ Account: '012345678901', Port: 22, Octal: 15 });
  });
  it('skips text over the size limit', () => {
    expect(loadYamlTree('a: 1\n'.repeat(100), 'big.yaml', { maxBytes: 50 }).issues[0]).toMatchObject({ kind: 'skipped', file: 'big.yaml' });
  });
  it('reports a syntax error with its line', () => {
    const { root, issues } = loadYamlTree('a: 1\nb: [1, 2\nc: 3\n', 'bad.yaml');
    expect(root).toBeUndefined();
    expect(issues[0]).toMatchObject({ kind: 'parse-error', file: 'bad.yaml' });
    expect(issues[0]?.line).toBeGreaterThanOrEqual(2);
  });
  it('reports a duplicate key with its line', () => {
    const { issues } = loadYamlTree('a: 1\nb: 2\na: 3\n', 'dup.yaml');
    expect(issues[0]).toMatchObject({ kind: 'parse-error', line: 3 });
  });
  it('reports a JSON syntax error with its line', () => {
    const { issues } = loadYamlTree('{\n  "a": 1,\n  "b": ,\n}', 'bad.json');
    expect(issues[0]).toMatchObject({ kind: 'parse-error', file: 'bad.json', line: 3 });
  });
  it('reads JSON strictly: trailing commas and empty values are errors', () => {
    expect(loadYamlTree('{"a": [1, 2,]}', 'x.json').issues[0]).toMatchObject({ kind: 'parse-error', line: 1 });
    expect(loadYamlTree('{\n  "a": "x\\q"\n}', 'x.json').issues[0]).toMatchObject({ line: 2 });
    expect(loadYamlTree('{"a": 1} {', 'x.json').issues).toHaveLength(1);
    expect(loadYamlTree('{"a": [1, {"b": null}], "c": -1.5e3, "d": "\\u00e9"}', 'x.json').issues).toEqual([]);
  });
  it('defeats an alias bomb', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const started = Date.now();
    const { root, issues } = loadYamlTree(lines.join('\n'), 'bomb.yaml');
    expect(root).toBeUndefined();
    expect(issues[0]?.message).toMatch(/alias/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('allows ordinary anchor reuse', () => {
    const lines = ['tags: &tags [{ Key: team, Value: core }]', ...Array.from({ length: 300 }, (_, i) => `r${i}: { Tags: *tags }`)];
    expect(loadYamlTree(lines.join('\n'), 'many.yaml').issues).toEqual([]);
  });
  it('caps the alias count', () => {
    const lines = ['a: &a x', ...Array.from({ length: 20 }, (_, i) => `b${i}: *a`)];
    expect(loadYamlTree(lines.join('\n'), 'f.yaml', { maxAliasCount: 10 }).issues[0]?.message).toMatch(/more than 10 aliases/);
  });
  it('reads a file with a byte-order mark', () => {
    expect(loadYamlTree('\ufeff{"a": 1}', 'bom.json')).toMatchObject({ issues: [], root: { kind: 'map' } });
    expect(loadYamlTree('\ufeffa: 1', 'bom.yaml')).toMatchObject({ issues: [], root: { kind: 'map' } });
  });
  it('caps the expanded size even with few aliases', () => {
    const { issues } = loadYamlTree('a: &a [1, 2, 3]\nb: [*a, *a]', 'small.yaml', { maxNodes: 5 });
    expect(issues[0]?.message).toMatch(/more than 5 nodes/);
  });
  it('rejects a self-referencing alias', () => {
    const { root, issues } = loadYamlTree('a: &a [1, *a]', 'loop.yaml');
    expect(root).toBeUndefined();
    expect(issues.length).toBeGreaterThan(0);
  });
  it(`rejects nesting deeper than ${MAX_NESTING_DEPTH} levels before parsing`, () => {
    const deep = `a: ${'['.repeat(65)}${']'.repeat(65)}`;
    expect(loadYamlTree(deep, 'deep.yaml').issues[0]).toMatchObject({ kind: 'parse-error', line: 1, message: expect.stringMatching(/deeper than 64/) });
    const ok = `a: ${'['.repeat(60)}${']'.repeat(60)}`;
    expect(loadYamlTree(ok, 'ok.yaml').issues).toEqual([]);
  });
  it('survives 10,000 levels of brackets and of indentation (in a child process)', () => {
    const module = fileURLToPath(new URL('./yaml.ts', import.meta.url));
    const script = `
      const { loadYamlTree } = await import(${JSON.stringify(module)});
      const flow = 'a: ' + '['.repeat(10000) + ']'.repeat(10000);
      let block = '';
      for (let i = 0; i < 10000; i++) block += ' '.repeat(i) + 'k' + i + ':\\n';
      const dashes = '- '.repeat(10000) + 'x';
      const out = [flow, block, dashes].map((t) => loadYamlTree(t, 'deep.yaml', { maxBytes: Infinity }).issues[0]?.message ?? 'none');
      console.log(JSON.stringify(out));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(child.status, child.stderr).toBe(0);
    const messages = JSON.parse(child.stdout.trim()) as string[];
    for (const m of messages) expect(m).toMatch(/deeper than 64 levels/);
  });
});
