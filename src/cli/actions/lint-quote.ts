/** An answer quoted on one report line: one line, at most `max` characters. */
export function quote(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
