// A one-line progress bar on stderr (only when stderr is a terminal, so logs and pipes stay clean).
export function progressBar(label: string): { update: (p: { done: number; total: number }) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  let last = -1;
  return {
    update({ done, total }) {
      if (!tty) return;
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done}/${total} frames)`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
