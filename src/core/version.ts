import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** qa-harvest's own version, recorded in every manifest. */
export const VERSION: string = (require('../../package.json') as { version: string }).version;
