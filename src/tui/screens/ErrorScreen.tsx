import { Box, Text, useApp } from 'ink';
import { ColorContext, useTone } from '../theme.js';
import { useKeys } from '../hooks/use-keys.js';

function Message({ message }: { message: string }) {
  const { exit } = useApp();
  const tone = useTone();
  useKeys(() => exit());
  return (
    <Box flexDirection="column">
      <Text bold color={tone('bad')}>drillbit cannot start</Text>
      <Text wrap="wrap">{message}</Text>
      <Text> </Text>
      <Text dimColor>Press any key to leave.</Text>
    </Box>
  );
}

/** A clear message instead of a stack trace; any key leaves. */
export function ErrorScreen({ message, color }: { message: string; color: boolean }) {
  return (
    <ColorContext.Provider value={color}>
      <Message message={message} />
    </ColorContext.Provider>
  );
}
