/*
 * Run by output-attacks.test.ts as its own process: installs the CLI's signal
 * handling and writes a large file atomically, slowly enough to be
 * interrupted while the temporary file exists.
 */
import { cleanUpOnSignals } from '../../src/cli/signals.js';
import { writeFileAtomic } from '../../src/output/atomic-write.js';

cleanUpOnSignals();
await writeFileAtomic(process.argv[2]!, Buffer.alloc(256 * 1024 * 1024, 0x61));
