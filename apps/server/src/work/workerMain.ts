// The entry of each worker thread: the tasks piscina runs by name. German validation messages, as on the main
// thread (createServer).
import { z } from 'zod';

z.config(z.locales.de());

export { exportDocx } from './exportDocx.ts';
export { importConcept } from './importConcept.ts';
