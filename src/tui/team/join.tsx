import { render } from 'ink';
import type { TeamPlayerClient } from './contract.js';
import { PlayerApp } from './PlayerApp.js';
import { ColorContext, colorEnabled } from '../theme.js';
import { KeysProvider } from '../hooks/use-keys.js';

/** Runs the player screen until the session ends, the connection drops, or the player leaves. */
export async function runTeamJoinTui(client: TeamPlayerClient, color?: boolean): Promise<{ ok: boolean; reason: string; byHost: boolean }> {
  let left = false;
  const instance = render(
    <ColorContext.Provider value={colorEnabled(process.env, color)}>
      <KeysProvider>
        <PlayerApp client={client} onLeave={() => (left = true)} />
      </KeysProvider>
    </ColorContext.Provider>,
    { exitOnCtrlC: false, patchConsole: false },
  );
  const result = await Promise.race([client.done, instance.waitUntilExit().then(() => undefined)]);
  // Keep the last screen (podium, or why the connection closed) up until a key or a moment passes.
  if (result) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([instance.waitUntilExit(), new Promise((r) => (timer = setTimeout(r, result.ok ? 60_000 : 1_500)))]);
    clearTimeout(timer);
  }
  instance.unmount();
  if (left) client.leave();
  return result ?? { ok: true, reason: 'left', byHost: false };
}
