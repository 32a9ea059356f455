import { Box, Text } from 'ink';
import type { Drill } from '../../core/deck/index.js';
import { wrapRows } from '../wrap-rows.js';

const para = (text: string, width: number): string => wrapRows(text, width).join('\n');

/**
 * What a drill asks, before its clock starts (and on `?` while it runs): the
 * instructions and, for the sketch, the scenario being deployed.
 */
export function DrillBrief({ drill, width, running }: { drill: Drill; width: number; running: boolean }) {
  const minutes = drill.minutes ? `${drill.minutes} minutes` : 'untimed';
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{para(`${drill.title} (${minutes})`, width)}</Text>
      <Text>{para(drill.instructions.trim(), width)}</Text>
      {drill.scenario ? (
        <Box marginTop={1} flexDirection="column">
          <Text bold>Scenario</Text>
          <Text>{para(drill.scenario.trim(), width)}</Text>
        </Box>
      ) : null}
      <Box marginTop={1}>
        <Text dimColor>{para(running ? 'Any key: back to the drill (the clock keeps running)' : 'Enter: start (the clock starts now) · Esc: leave', width)}</Text>
      </Box>
    </Box>
  );
}
