// Lets `node --import ./scripts/ts-node-register.mjs src/cli/main.ts` run the
// TypeScript sources directly (`ts-node --esm` does not work on Node 20).
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('ts-node/esm', pathToFileURL('./'));
