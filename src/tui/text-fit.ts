/** Cuts `text` to `width` columns with an ellipsis (no space before it), or pads it to `width`. */
export function fit(text: string, width: number): string {
  const w = Math.max(0, width);
  if (text.length <= w) return text.padEnd(w);
  if (w === 0) return '';
  return `${text.slice(0, w - 1).trimEnd()}…`.padEnd(w);
}
