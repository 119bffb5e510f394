// Preloaded into every Node process of a measured stage (NODE_OPTIONS=--import=…), which may not pass
// --trace-gc itself: each full collection is then reported on stdout, for the stage's live heap.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--trace-gc');
