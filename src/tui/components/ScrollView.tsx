import { useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { fit } from '../text-fit.js';

/** One screen row of a scrolled report, already wrapped to the width. */
export interface ScrollRow {
  text: string;
  color?: string | undefined;
  bold?: boolean;
  dim?: boolean;
}

export interface ScrollViewProps {
  /** Rows kept at the top whatever the scroll (e.g. the total). */
  pinned?: readonly ScrollRow[];
  rows: readonly ScrollRow[];
  width: number;
  /** Rows the whole view may use, status line included (unlimited: everything is shown, no status line). */
  height: number;
  /** What the status line says after the scroll keys (e.g. how to leave). */
  leave: string;
}

/**
 * A long report scrolled with ↑/↓ (j/k), PgUp/PgDn (space/b), Home/End (g/G),
 * below rows pinned at the top and above a status line. Shared by the mock
 * interview's report and the drills' results; the screen owning it handles leaving.
 */
export function ScrollView({ pinned = [], rows, width, height, leave }: ScrollViewProps) {
  const finite = Number.isFinite(height);
  const view = finite ? Math.max(3, height - pinned.length - 1) : rows.length;
  const last = Math.max(0, rows.length - view);
  const [top, setTop] = useState(0);
  const move = (to: number): void => setTop(Math.min(last, Math.max(0, to)));
  useKeys((input, key) => {
    if (key.downArrow || input === 'j') move(top + 1);
    else if (key.upArrow || input === 'k') move(top - 1);
    else if (key.pageDown || input === ' ') move(top + view - 1);
    else if (key.pageUp || input === 'b') move(top - view + 1);
    else if (key.home || input === 'g') move(0);
    else if (key.end || input === 'G') move(last);
  }, rows.length > view);
  const start = Math.min(top, last);
  const shown = rows.slice(start, start + view);
  const row = (r: ScrollRow, key: number) => (
    <Text key={key} color={r.color} bold={r.bold} dimColor={r.dim}>
      {r.text || ' '}
    </Text>
  );
  return (
    <Box flexDirection="column" width={width}>
      {pinned.map((r, i) => row(r, -1 - i))}
      {shown.map((r, i) => row(r, start + i))}
      {finite ? <Text dimColor>{fit(`lines ${start + 1}–${start + shown.length} of ${rows.length} · ↑/↓ scroll · PgUp/PgDn page · ${leave}`, width)}</Text> : null}
    </Box>
  );
}
