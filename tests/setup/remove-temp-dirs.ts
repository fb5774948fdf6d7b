import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp-dir.js';

// Runs after each test file's own afterAll hooks (which may still kill a
// browser whose profile lies in one of these folders).
afterAll(() => removeTempDirs());
