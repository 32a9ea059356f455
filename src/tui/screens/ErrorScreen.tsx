import { Box, Text, useApp } from 'ink';
import { ColorContext, useTone } from '../theme.js';
import { KeysProvider, useKeys } from '../hooks/use-keys.js';

/** A problem that stops drillbit from going on, in words; any key leaves. */
export function ProblemView({ message }: { message: string }) {
  const { exit } = useApp();
  const tone = useTone();
  useKeys(() => exit());
  return (
    <Box flexDirection="column">
      <Text bold color={tone('bad')}>drillbit cannot go on</Text>
      <Text wrap="wrap">{message}</Text>
      <Text> </Text>
      <Text dimColor>Press any key to leave.</Text>
    </Box>
  );
}

/** ProblemView as a whole app (a clear message instead of a stack trace). */
export function ErrorScreen({ message, color }: { message: string; color: boolean }) {
  return (
    <ColorContext.Provider value={color}>
      <KeysProvider>
        <ProblemView message={message} />
      </KeysProvider>
    </ColorContext.Provider>
  );
}
