// Copies the non-TypeScript files under src/ (framework YAML, SQL migrations, templates) into dist/,
// keeping their paths, so the compiled code finds them beside itself.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ASSET = /\.(ya?ml|json|sql|html|css|txt|wasm)$/;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (ASSET.test(name) && !/\.test\./.test(name)) cpSync(p, join('dist', relative('src', p)));
  }
}
walk('src');
