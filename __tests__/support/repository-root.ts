import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository (tests run from anywhere). */
export const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../..');
