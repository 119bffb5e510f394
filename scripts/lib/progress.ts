/**
 * Progress of a long build stage on stderr — stage, items done of total,
 * elapsed time — at most once a second and once at the end, so a build of
 * a thousand documents shows it is alive without flooding the log.
 */
export interface Progress {
  tick: (done: number) => void;
  end: (summary?: string) => void;
}

const INTERVAL_MS = 1000;

export function progress(stage: string, total: number): Progress {
  const started = Date.now();
  let printed = started;
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(2)} s`;
  return {
    tick(done) {
      if (Date.now() - printed < INTERVAL_MS) return;
      printed = Date.now();
      process.stderr.write(`${stage}: ${done}/${total} (${elapsed()})\n`);
    },
    end(summary) {
      process.stderr.write(`${stage}: ${total}/${total} done in ${elapsed()}${summary ? `: ${summary}` : ''}\n`);
    },
  };
}
