// Loaded into the bot's process by bench/soak.ts only (`node --expose-gc --import bench/soak-probe.mjs ...`):
// on SIGUSR2 it collects garbage in the main thread and writes one line with the process's memory
// to standard error, so the soak can tell memory that is kept from garbage not yet collected.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const m = process.memoryUsage();
  process.stderr.write(`soak-probe ${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external })}\n`);
});
