// The worker entry when the server runs from source (tsx, vitest): Node 20 applies no ESM loader hooks
// (`--import tsx`) inside worker threads, but tsx's require hook works there.
require('tsx/cjs/api').register();
module.exports = require('./workerMain.ts');
