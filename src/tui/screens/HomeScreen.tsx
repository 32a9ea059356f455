import { useState } from 'react';
import { Box, Text } from 'ink';
import type { HomeData } from '../backend.js';
import { fit } from '../text-fit.js';
import { useTone } from '../theme.js';
import { useKeys } from '../hooks/use-keys.js';

/** Where Enter on a home row leads. */
export type HomeChoice = { to: 'deck'; id: string } | { to: 'drill'; id: string } | { to: 'stats' } | { to: 'quit' };

export interface HomeScreenProps {
  data: HomeData;
  width: number;
  onChoose: (choice: HomeChoice) => void;
  onHelp: () => void;
  active?: boolean;
  notice?: string;
}

const NUM = 5;

/** Decks with due / new / total counts, the drills, Stats and Quit. */
export function HomeScreen({ data, width, onChoose, onHelp, active = true, notice }: HomeScreenProps) {
  const tone = useTone();
  const choices: HomeChoice[] = [
    ...data.decks.map((d) => ({ to: 'deck' as const, id: d.id })),
    ...data.drills.map((d) => ({ to: 'drill' as const, id: d.id })),
    { to: 'stats' },
    { to: 'quit' },
  ];
  const [index, setIndex] = useState(0);
  useKeys((input, key) => {
    if (key.upArrow || input === 'k') setIndex((i) => (i + choices.length - 1) % choices.length);
    else if (key.downArrow || input === 'j') setIndex((i) => (i + 1) % choices.length);
    else if (key.return) onChoose(choices[index]!);
    else if (input === 's') onChoose({ to: 'stats' });
    else if (input === 'r') onChoose({ to: 'deck', id: '' });
    else if (input === 'q' || key.escape) onChoose({ to: 'quit' });
    else if (input === '?') onHelp();
  }, active);

  const nameWidth = Math.max(8, width - 2 - NUM * 3);
  const mark = (i: number) => (i === index ? '›' : ' ');
  const row = (i: number, label: string, tail = '') => (
    <Text key={i} inverse={i === index} color={i === index ? tone('accent') : undefined}>
      {`${mark(i)} ${tail ? fit(label, nameWidth) : label}${tail}`}
    </Text>
  );
  const drillStart = data.decks.length;
  const rest = drillStart + data.drills.length;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{fit('drillbit — drills that grade what you type', width)}</Text>
      {notice ? <Text color={tone('warn')} wrap="wrap">{notice}</Text> : null}
      {data.firstRun ? (
        <Text color={tone('accent')} wrap="wrap">
          New here? Pick a deck with ↑/↓ and press Enter to start; ? shows the keys.
        </Text>
      ) : null}
      <Text> </Text>
      <Text bold>{`  ${fit('Decks', nameWidth)}${'due'.padStart(NUM)}${'new'.padStart(NUM)}${'all'.padStart(NUM)}`}</Text>
      {data.decks.length === 0 ? <Text>  (no decks found)</Text> : null}
      {data.decks.map((d, i) =>
        row(i, d.title, `${String(d.due).padStart(NUM)}${String(d.fresh).padStart(NUM)}${String(d.total).padStart(NUM)}`),
      )}
      {data.drills.length ? <Text bold>  Drills</Text> : null}
      {data.drills.map((d, i) => {
        // Drills have no counts: the title may use the whole row, cut before its time limit (always shown).
        const limit = ` (${d.minutes} min)`;
        const room = nameWidth + NUM * 3;
        return row(drillStart + i, `${fit(d.title, Math.max(1, room - limit.length)).trimEnd()}${limit}`.padEnd(room), '');
      })}
      <Text> </Text>
      {row(rest, 'Stats', ' '.repeat(NUM * 3))}
      {row(rest + 1, 'Quit', ' '.repeat(NUM * 3))}
      <Text> </Text>
      <Text dimColor>{fit('↑↓ move · Enter open · ? help · q quit', width)}</Text>
    </Box>
  );
}
