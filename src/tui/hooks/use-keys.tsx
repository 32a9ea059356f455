import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useInput, useStdin, type Key } from 'ink';

type Handler = (input: string, key: Key) => void;
type Registry = Set<{ current: Handler }>;

const KeysContext = createContext<Registry | null>(null);

/**
 * One Ink input listener for the whole app, handing keys to every active
 * useKeys handler. Handlers register in a layout effect, i.e. in the same tick
 * the frame is written, so a key typed the instant a screen appears reaches
 * it (Ink's own useInput subscribes a tick later and can miss it). Raw mode
 * stays on while screens swap.
 */
export function KeysProvider({ children }: { children: ReactNode }) {
  const registry = useRef<Registry>(new Set()).current;
  const { isRawModeSupported } = useStdin();
  useInput(
    (input, key) => {
      for (const handler of [...registry]) handler.current(input, key);
    },
    { isActive: isRawModeSupported === true },
  );
  return <KeysContext.Provider value={registry}>{children}</KeysContext.Provider>;
}

/**
 * Key handling that never switches raw mode on when stdin cannot do it (a
 * pipe), which would make Ink throw. Inside a KeysProvider it shares the
 * app's listener; alone (a component test) it uses Ink's useInput.
 */
export function useKeys(handler: Handler, active = true): void {
  const registry = useContext(KeysContext);
  const { isRawModeSupported } = useStdin();
  const ref = useRef(handler);
  ref.current = handler;
  useLayoutEffect(() => {
    if (!registry || !active) return;
    const entry = { current: (input: string, key: Key) => ref.current(input, key) };
    registry.add(entry);
    return () => {
      registry.delete(entry);
    };
  }, [registry, active]);
  useInput((input, key) => ref.current(input, key), { isActive: !registry && active && isRawModeSupported === true });
}
