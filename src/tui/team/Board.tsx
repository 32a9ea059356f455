import { Box, Text } from 'ink';
import type { BoardEntry } from '../../core/team/protocol.js';

const MEDALS = ['🥇', '🥈', '🥉'];

/** The leaderboard: rank, name, points; the player's own row in bold; at most `rows` rows (own row always shown). */
export function Board({ board, me, rows = 10 }: { board: readonly BoardEntry[]; me?: string | undefined; rows?: number }) {
  const top = board.slice(0, rows);
  const own = board.find((e) => e.id === me);
  const shown = own && !top.includes(own) ? [...top, own] : top;
  const width = Math.max(4, ...board.map((e) => [...e.name].length));
  return (
    <Box flexDirection="column">
      {shown.map((e) => (
        <Text key={e.id} bold={e.id === me} dimColor={!e.connected}>
          {`${String(e.rank).padStart(3)}. ${e.name.padEnd(width)} ${String(e.points).padStart(6)}${e.connected ? '' : '  (away)'}`}
        </Text>
      ))}
    </Box>
  );
}

/** The podium at the end: the first three with medals. */
export function Podium({ board }: { board: readonly BoardEntry[] }) {
  return (
    <Box flexDirection="column">
      {board.slice(0, 3).map((e, i) => (
        <Text key={e.id} bold>{`${MEDALS[i]} ${e.name} — ${e.points} points`}</Text>
      ))}
    </Box>
  );
}
