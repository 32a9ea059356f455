import { Box, Text } from 'ink';
import { KEY_MAP, type ScreenName } from '../key-map.js';
import { useKeys } from '../hooks/use-keys.js';

/** The `?` overlay: the keys of the current screen; any key closes it. */
export function HelpOverlay({ screen, width, onClose }: { screen: ScreenName; width: number; onClose: () => void }) {
  useKeys(() => onClose());
  const keys = KEY_MAP[screen];
  const keyWidth = Math.min(Math.max(...keys.map(([k]) => k.length)), Math.floor(width / 2));
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={Math.min(width, 72)}>
      <Text bold>Keys</Text>
      {keys.map(([k, what]) => (
        <Text key={k} wrap="wrap">
          <Text bold>{k.padEnd(keyWidth)}</Text> {what}
        </Text>
      ))}
      <Text dimColor>any key closes this</Text>
    </Box>
  );
}
