import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { PostgresFindingStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

const url = process.env.PARAPET_TEST_PG_URL;
const HOW = 'start one with: eval "$(scripts/services/postgres.sh)"';

if (url) {
  storeContract('postgres', async () => {
    // One schema per test: tests stay independent and can run against a shared database.
    const schema = `t_${randomBytes(6).toString('hex')}`;
    return {
      open: (clock) => PostgresFindingStore.open(url, { clock, schema }),
      cleanup: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await client.end();
        }
      },
    };
  });
} else if (process.env.CI === 'true') {
  describe('FindingStore contract: postgres', () => {
    it('needs PARAPET_TEST_PG_URL in CI', () => {
      throw new Error(`CI=true but PARAPET_TEST_PG_URL is unset, so the PostgreSQL store is untested; ${HOW}`);
    });
  });
} else {
  console.warn(`\n[store] SKIPPING the PostgreSQL contract suite: PARAPET_TEST_PG_URL is unset (${HOW})\n`);
  describe.skip(`FindingStore contract: postgres (skipped: PARAPET_TEST_PG_URL is unset; ${HOW})`, () => {
    it('runs the contract suite', () => undefined);
  });
}
