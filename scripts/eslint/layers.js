// Enforces the one-way imports between the folders of src/ (see docs/architecture.md):
//   core  <-  engine, policy, rules, frameworks  <-  sources, store, report  <-  cli, server
// A module may import from its own top-level folder or from a lower layer, never sideways or upward.
// Test files are exempt: a test may pull whatever helpers it needs.
import path from 'node:path';

export const LAYERS = {
  core: 0,
  engine: 1,
  policy: 1,
  rules: 1,
  frameworks: 1,
  sources: 2,
  store: 2,
  report: 2,
  cli: 3,
  server: 3,
};

function topFolder(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const [first] = rel.split(path.sep);
  return first && first in LAYERS ? first : undefined;
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'enforce one-way imports between the src/ layers' },
    schema: [],
    messages: {
      upward:
        "'{{from}}' (layer {{fromLayer}}) may not import from '{{to}}' (layer {{toLayer}}): imports point from cli down to core only.",
      sideways:
        "'{{from}}' may not import from its sibling layer '{{to}}': move the shared piece down into a lower layer (usually core).",
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    if (/\.test\.ts$/.test(filename)) return {};
    const srcRoot = path.join(context.cwd ?? process.cwd(), 'src');
    const from = topFolder(filename, srcRoot);
    if (!from) return {};
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(filename), source);
      const to = topFolder(target, srcRoot);
      if (!to || to === from) return;
      const data = { from, to, fromLayer: LAYERS[from], toLayer: LAYERS[to] };
      if (LAYERS[to] > LAYERS[from]) context.report({ node, messageId: 'upward', data });
      else if (LAYERS[to] === LAYERS[from]) context.report({ node, messageId: 'sideways', data });
    }
    return {
      ImportDeclaration(node) {
        check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};

export default { rules: { layers: layersRule } };
