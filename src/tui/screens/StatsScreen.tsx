import { Box, Text } from 'ink';
import type { StatsData } from '../backend.js';
import { forecastAxis, forecastRows, heatmapMonthRow, heatmapRows } from '../charts.js';
import { fit } from '../text-fit.js';
import { useKeys } from '../hooks/use-keys.js';

export interface StatsScreenProps {
  stats: StatsData;
  width: number;
  onBack: () => void;
  onHelp: () => void;
  active?: boolean;
}

/** A year of reviews as a heatmap, 30 days of due cards as bars, and the figures. */
export function StatsScreen({ stats, width, onBack, onHelp, active = true }: StatsScreenProps) {
  useKeys((input, key) => {
    if (input === 'q' || key.escape || key.return) onBack();
    else if (input === '?') onHelp();
  }, active);
  const weeks = Math.max(4, Math.min(53, width - 3));
  const days = Math.min(30, stats.forecast.length, Math.max(5, width - String(Math.max(0, ...stats.forecast)).length - 2));
  const retention = stats.retention === undefined ? '—' : `${Math.round(stats.retention * 100)}%`;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{fit(`Reviews, last ${weeks} weeks`, width)}</Text>
      {stats.today ? <Text>{heatmapMonthRow(stats.today, stats.todayWeekday, weeks)}</Text> : null}
      {heatmapRows(stats.perDay, stats.todayWeekday, weeks).map((line, i) => (
        <Text key={`h${i}`}>{line}</Text>
      ))}
      <Text dimColor>{fit('· none  ░▒▓█ fewer → more', width)}</Text>
      <Text> </Text>
      <Text bold>{fit(`Due, next ${days} days`, width)}</Text>
      {forecastRows(stats.forecast.slice(0, days), 5).map((line, i) => (
        <Text key={`f${i}`}>{line}</Text>
      ))}
      <Text dimColor>{forecastAxis(days, Math.max(0, ...stats.forecast.slice(0, days))) || ' '}</Text>
      <Text> </Text>
      <Text>{fit(`Reviews ${stats.reviewsTotal} · retention ${retention} · streak ${stats.streak} d`, width)}</Text>
      <Text bold>Leeches</Text>
      {stats.leeches.length === 0 ? <Text>  none</Text> : null}
      {stats.leeches.slice(0, 5).map((l) => (
        <Text key={l.key}>{fit(`  ${String(l.lapses).padStart(2)}× ${l.prompt}`, width)}</Text>
      ))}
      <Text> </Text>
      <Text dimColor>{fit('q back · ? help', width)}</Text>
    </Box>
  );
}
