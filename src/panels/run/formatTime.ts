/** Virtual milliseconds as people read them: 850 ms, 2.5 s, 3 min 20 s, 2 h 5 min. */
export function formatVirtualTime(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  if (t < 1000) return `${t} ms`;
  if (t < 60_000) return `${(t / 1000).toFixed(t % 1000 === 0 ? 0 : 1)} s`;
  const totalSeconds = Math.floor(t / 1000);
  if (t < 3_600_000) {
    const s = totalSeconds % 60;
    return `${Math.floor(totalSeconds / 60)} min${s ? ` ${s} s` : ''}`;
  }
  const minutes = Math.floor(totalSeconds / 60) % 60;
  return `${Math.floor(totalSeconds / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
}
