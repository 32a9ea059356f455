import { Box, Text } from 'ink';
import type { Drill } from '../../core/deck/index.js';

/**
 * What a drill asks, before its clock starts (and on `?` while it runs): the
 * instructions and, for the sketch, the scenario being deployed.
 */
export function DrillBrief({ drill, width, running }: { drill: Drill; width: number; running: boolean }) {
  const minutes = drill.minutes ? `${drill.minutes} minutes` : 'untimed';
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="wrap">{`${drill.title} (${minutes})`}</Text>
      <Text wrap="wrap">{drill.instructions.trim()}</Text>
      {drill.scenario ? (
        <Box marginTop={1} flexDirection="column">
          <Text bold>Scenario</Text>
          <Text wrap="wrap">{drill.scenario.trim()}</Text>
        </Box>
      ) : null}
      <Box marginTop={1}>
        <Text dimColor wrap="wrap">{running ? 'Any key: back to the drill (the clock keeps running)' : 'Enter: start (the clock starts now) · Esc: leave'}</Text>
      </Box>
    </Box>
  );
}
