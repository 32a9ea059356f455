/** Text bars: the session progress bar and the score bar. Pure. */

/** A bar of `width` cells, `fraction` (0..1) of them filled: `█████░░░░░`. */
export function bar(fraction: number, width: number): string {
  const w = Math.max(0, Math.floor(width));
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.round(f * w);
  return '█'.repeat(filled) + '░'.repeat(w - filled);
}

/** A duration in seconds as `m:ss` (or `h:mm:ss` past an hour). */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** An interval in days as Anki shows it: `<1m`, `10m`, `3h`, `4d`, `2.1mo`, `1.3y`. */
export function interval(days: number): string {
  const minutes = days * 24 * 60;
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${Math.round(minutes)}m`;
  if (days < 1) return `${Math.round(minutes / 60)}h`;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${(days / 30).toFixed(1).replace(/\.0$/, '')}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
}
