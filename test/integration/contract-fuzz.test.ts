import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { CALLERS, fuzzContract } from '../fuzz/contract-fuzz';

// a new seed each run, printed with any failure so `npm run fuzz -- <calls> <seed>` replays it
const SEED = Date.now() % 1_000_000;
const CALLS = 10_000;

describe('npm run fuzz: every channel of the contract with generated input, as every caller', () => {
  it(`${CALLS} calls answer envelopes; refusals carry contract codes in both languages and write nothing (seed ${SEED})`, async () => {
    const result = await fuzzContract(CALLS, SEED);
    const replay = `replay with: npm run fuzz -- ${CALLS} ${SEED}`;
    expect(result.crashes, replay).toEqual([]);
    expect(result.badWrites, replay).toEqual([]);
    expect(result.badRefusals, replay).toEqual([]);
    expect(result.calls).toBeGreaterThanOrEqual(CALLS);
    // each caller got past authorisation on every channel it may call, and some calls were carried out
    const channels = Object.keys(contract).length;
    for (const caller of CALLERS) expect(result.authorised[caller], caller).toBeGreaterThan(0);
    expect(result.accepted).toBeGreaterThan(channels);
  }, 300_000);
});
