// Set-up file of the unit and db projects: a failing test prints the seed its random data came from.
import { beforeEach } from 'vitest';
import { testSeed } from './seed.ts';

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    console.error(`Random test data seed: ${testSeed} (replay with INDSATS_TEST_SEED=${testSeed})`);
  });
});
