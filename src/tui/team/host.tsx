import { render } from 'ink';
import type { TeamHostClient } from './contract.js';
import { HostApp } from './HostApp.js';
import { ColorContext, colorEnabled } from '../theme.js';
import { KeysProvider } from '../hooks/use-keys.js';

/** Runs the host screen until the session ends (or the host quits with Ctrl-C twice). */
export async function runTeamHostTui(client: TeamHostClient): Promise<void> {
  const instance = render(
    <ColorContext.Provider value={colorEnabled(process.env, client.color)}>
      <KeysProvider>
        <HostApp client={client} />
      </KeysProvider>
    </ColorContext.Provider>,
    { exitOnCtrlC: false, patchConsole: false },
  );
  let timer: NodeJS.Timeout | undefined;
  // After the end, the final screen stays a moment so the host sees the board being sent.
  await Promise.race([instance.waitUntilExit(), client.ended.then(() => new Promise((r) => (timer = setTimeout(r, 300))))]);
  clearTimeout(timer);
  instance.unmount();
}
