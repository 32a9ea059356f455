import { useInput, useStdin, type Key } from 'ink';

/**
 * useInput that never switches raw mode on when stdin cannot do it (a pipe),
 * which would make Ink throw.
 */
export function useKeys(handler: (input: string, key: Key) => void, active = true): void {
  const { isRawModeSupported } = useStdin();
  useInput(handler, { isActive: active && isRawModeSupported === true });
}
