/**
 * The stats screen's charts as plain strings, so they are tested exactly and
 * drawn the same in any terminal: a heatmap of reviews per day (weeks as
 * columns, weekdays as rows, like GitHub's) and a bar chart of cards due.
 */

const SHADES = ['░', '▒', '▓', '█'];
const DAY_LABELS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** The glyph for a day with `count` reviews when the busiest day had `max`. */
export function shade(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '·';
  return SHADES[Math.min(3, Math.ceil((4 * count) / max) - 1)]!;
}

/**
 * Seven rows (Monday first) of the last `weeks` weeks. `counts` holds one
 * number per day, oldest first, the last being today; `todayWeekday` is
 * 0 for Monday … 6 for Sunday. Days after today are blank.
 */
export function heatmapRows(counts: readonly number[], todayWeekday: number, weeks: number): string[] {
  const w = Math.max(1, Math.floor(weeks));
  const grid = DAY_LABELS.map(() => Array<string>(w).fill(' '));
  const max = Math.max(0, ...counts);
  for (let back = 0; back < counts.length; back++) {
    const col = w - 1 - Math.floor((back + 6 - todayWeekday) / 7);
    if (col < 0) break;
    const weekday = (((todayWeekday - back) % 7) + 7) % 7;
    grid[weekday]![col] = shade(counts[counts.length - 1 - back]!, max);
  }
  return grid.map((cells, i) => `${DAY_LABELS[i]} ${cells.join('')}`.trimEnd());
}

/**
 * A vertical bar chart `height` rows tall, one column per day, with the
 * largest value labelled on the top row and 0 on the bottom row. A day with
 * any cards due gets at least one cell.
 */
export function forecastRows(due: readonly number[], height: number): string[] {
  const h = Math.max(1, Math.floor(height));
  const max = Math.max(0, ...due);
  const heights = due.map((n) => (n <= 0 || max === 0 ? 0 : Math.max(1, Math.round((n / max) * h))));
  const gutter = String(max).length;
  const rows: string[] = [];
  for (let r = 0; r < h; r++) {
    const level = h - r;
    const label = r === 0 ? String(max) : r === h - 1 ? '0' : '';
    const cells = heights.map((x) => (x >= level ? '█' : ' ')).join('');
    rows.push(`${label.padStart(gutter)} │${cells}`.trimEnd());
  }
  return rows;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** Writes `label` into `cells` at `col` when it fits and does not touch an earlier label. */
function place(cells: string[], col: number, label: string): void {
  if (col + label.length > cells.length) return;
  if (cells.slice(Math.max(0, col - 1), col + label.length).some((c) => c !== ' ')) return;
  label.split('').forEach((ch, i) => (cells[col + i] = ch));
}

/**
 * The row above the heatmap naming each month over the week in which it
 * begins. `today` is the local date `YYYY-MM-DD`; the rest as in heatmapRows.
 */
export function heatmapMonthRow(today: string, todayWeekday: number, weeks: number): string {
  const w = Math.max(1, Math.floor(weeks));
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // Calendar arithmetic in UTC, so no daylight-saving day is 23 or 25 hours long.
  const sundayOf = (col: number): Date => new Date(Date.UTC(y, m - 1, d) + (6 - todayWeekday - 7 * (w - 1 - col)) * DAY_MS);
  const cells = Array<string>(w).fill(' ');
  for (let col = 1; col < w; col++) {
    const month = sundayOf(col).getUTCMonth();
    if (month !== sundayOf(col - 1).getUTCMonth()) place(cells, col, MONTHS[month]!);
  }
  return `   ${cells.join('')}`.trimEnd();
}

/** The row under forecastRows naming days from today: `today`, `+7`, `+14` … over `days` columns. */
export function forecastAxis(days: number, max: number): string {
  const cells = Array<string>(Math.max(0, days)).fill(' ');
  place(cells, 0, days >= 5 ? 'today' : '');
  for (let day = 7; day < days; day += 7) place(cells, day, `+${day}`);
  return `${' '.repeat(String(max).length + 2)}${cells.join('')}`.trimEnd();
}
