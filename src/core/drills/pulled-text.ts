/**
 * The line a finished drill ends with when it pulled deck cards forward. It
 * does not promise them all for the next session: pulled cards count against
 * the daily new-card and review limits, and each session says how many it took.
 */
export function pulledForwardText(count: number, tags: readonly string[]): string {
  const cards = `${count} related deck card${count === 1 ? '' : 's'}`;
  return `Review: ${cards} (${tags.join(', ')}) pulled forward; your next reviews take them within the daily limits.`;
}
