/** Action entry point (dist/index.js): nothing but run(). */
import { run } from './main.js';

await run();
