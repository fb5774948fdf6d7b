// Preloaded by bench/attack-shapes.ts (node --import): the process's peak resident memory, printed as it exits.
process.on('exit', () => process.stderr.write(`PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`));
