/**
 * One seed for every property test. CI (CI=true) always uses the fixed seed so a clean clone's
 * `npm test` is deterministic; locally a random seed is drawn and printed so a failure can be
 * replayed with FC_SEED=<seed> npm test. Counterexamples found this way become regression tests.
 */
import fc from 'fast-check';

const FIXED_SEED = 20261201;
const fromEnv = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : undefined;
const seed = Number.isInteger(fromEnv) ? (fromEnv as number) : process.env.CI ? FIXED_SEED : Math.floor(Math.random() * 2 ** 31);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
if (!process.env.CI && fromEnv === undefined) console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);
