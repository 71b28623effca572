import { afterAll } from 'vitest';
import { removeTestFileDirs } from './helpers/temp-dirs.js';

// Run before every test file (vitest's setupFiles): its hooks are that file's.
afterAll(removeTestFileDirs);
