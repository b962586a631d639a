export interface ProgressLike {
  readonly done: number;
  readonly total: number;
  readonly rate: number;
  readonly secondsLeft?: number | null;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "1 m 05 s", "42 s" */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} m ${String(s % 60).padStart(2, '0')} s`;
}

/** The bar's percentage (0–100, whole) and the line under it: "4,200 of 10,000 accounts · 2,100/s · 3 s left". */
export function describeProgress(p: ProgressLike): { percent: number; text: string } {
  const percent = p.total > 0 ? Math.min(100, Math.floor((p.done / p.total) * 100)) : p.done > 0 ? 100 : 0;
  const parts = [`${count(p.done)} of ${count(p.total)} accounts`];
  if (p.rate > 0) parts.push(`${count(Math.round(p.rate))}/s`);
  if (p.done < p.total && p.secondsLeft !== null && p.secondsLeft !== undefined)
    parts.push(`${formatSeconds(p.secondsLeft)} left`);
  return { percent, text: parts.join(' · ') };
}
