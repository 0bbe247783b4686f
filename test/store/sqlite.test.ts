import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteFindingStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

storeContract('sqlite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parapet-store-'));
  const file = path.join(dir, 'nested', 'parapet.db');
  return {
    open: (clock) => SqliteFindingStore.open(file, { clock }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
