/**
 * A whole number with its thousands grouped by commas ("20,000"), as
 * `toLocaleString('en')` writes it. That call initialises ICU's locale data,
 * which costs more than a whole `drillbit stats` on first use, and it ran at
 * start-up in every command that loads the answer limit's message.
 */
export function groupDigits(n: number): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}
