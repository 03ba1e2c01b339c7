/** Every test file talks to its worker's moto, and starts from an empty AWS: state never leaks between files. */
import { startWorkerMoto } from '../support/worker-moto.js';

// At the top, so that the endpoint is set before the test file is imported (for code that reads it then).
const moto = await startWorkerMoto();
process.env.AWS_ENDPOINT_URL = moto.url;
await moto.reset();
