import { act, type ReactElement } from 'react';
import { render } from 'ink-testing-library';
import { afterEach } from 'vitest';

// Tell React these renders run under act(), so effects and updates flush before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Keys as a terminal sends them. */
export const KEY = {
  enter: '\r',
  altEnter: '\u001b\r',
  ctrlJ: '\n',
  backspace: '\u007f',
  escape: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  home: '\u001b[H',
  end: '\u001b[F',
  ctrlC: '\u0003',
  ctrlW: '\u0017',
  tab: '\t',
};

const mounted = new Set<ReturnType<typeof render>>();

// Every app a test mounted is unmounted after it, so no timer or input listener outlives its test.
afterEach(async () => {
  for (const instance of mounted) await act(async () => instance.unmount());
  mounted.clear();
});

/** Renders inside act; `press` sends keys one write at a time, each inside act. Unmounted after the test. */
export async function mount(tree: ReactElement) {
  let instance!: ReturnType<typeof render>;
  await act(async () => {
    instance = render(tree);
  });
  mounted.add(instance);
  return {
    frame: (): string => instance.lastFrame() ?? '',
    async press(...keys: string[]): Promise<void> {
      for (const key of keys) {
        await act(async () => {
          instance.stdin.write(key);
        });
      }
    },
    async rerender(next: ReactElement): Promise<void> {
      await act(async () => instance.rerender(next));
    },
    unmount: () => {
      mounted.delete(instance);
      instance.unmount();
    },
  };
}
