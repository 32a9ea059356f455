/** The host TUI hand-over: the session runs here, the screen in src/tui/team. */
import type { HostSetup } from './host-setup.js';
import { resumeHint, startHost, type HostOptions } from './host-control.js';

export async function runHostTui(setup: HostSetup, o: HostOptions, color?: boolean): Promise<void> {
  const events: string[] = [];
  let render: () => void = () => {};
  const control = await startHost(setup, o, (t) => {
    events.push(t);
    if (events.length > 200) events.shift();
  }, () => render());
  const { runTeamHostTui } = await import('../../tui/team/host.js');
  await runTeamHostTui({
    session: setup.session,
    joinLine: control.joinLine,
    events,
    act: control.act,
    subscribe: (fn: () => void) => void (render = fn),
    ended: control.ended,
    now: control.now,
    ...(color !== undefined ? { color } : {}),
  });
  await control.stop();
  if (setup.session.phase !== 'end') process.stderr.write(`${resumeHint()}\n`);
}
