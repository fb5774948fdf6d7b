// Preloaded by bench/attack-shapes.ts (node --import): the process's peak resident memory and CPU time, printed as it exits.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`PEAK_RSS_KB=${process.resourceUsage().maxRSS} CPU_US=${user + system}\n`);
});
