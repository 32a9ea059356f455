import { commandName } from '../command-name.js';

/** Whether the full-screen interface can run: a terminal both ways, not CI, not a dumb terminal. */
export function canUseTui(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env['CI'];
  return process.stdin.isTTY === true && process.stdout.isTTY === true && ci !== 'true' && ci !== '1' && env['TERM'] !== 'dumb';
}

/**
 * `drillbit` with no command. In a terminal the full-screen home (src/tui);
 * otherwise — a pipe, CI, TERM=dumb or --plain — a plain-text overview.
 * Decks are parsed and the store opened after the TUI's first frame (and
 * imported lazily), so the screen appears at once.
 */
export async function runHome(options: { plain?: boolean; color?: boolean }): Promise<void> {
  if (options.plain || !canUseTui()) {
    const [{ loadDecks }, { renderPlainHome }] = await Promise.all([import('../content.js'), import('../plain-home.js')]);
    process.stdout.write(renderPlainHome(await loadDecks(), commandName()));
    return;
  }
  // React's production build: the development one is slower to load and to render.
  process.env['NODE_ENV'] ??= 'production';
  const { runHomeTui } = await import('../../tui/home.js');
  await runHomeTui({
    color: options.color,
    load: async () => {
      const [{ loadDrills }, { reviewDecks }] = await Promise.all([import('../content.js'), import('../review-plain-decks.js')]);
      // A deck skipped for its problems is a notice on home: the screen owns the terminal.
      const notices: string[] = [];
      try {
        return { decks: await reviewDecks(process.env, undefined, (m) => notices.push(m)), drills: await loadDrills(), notices };
      } catch (error) {
        if ((error as Error).name === 'ContentError') (error as Error).message += `\n\nFix the file(s) above; "${commandName()} lint" checks them.`;
        throw error;
      }
    },
    open: async (content) => (await import('../open-tui-backend.js')).openTuiBackend(content),
    // A drill chosen on home hands over to the drill TUI exactly as `drillbit drill <id>` does.
    runDrill: async (id) => (await import('./drill.js')).openDrillTui(id, { color: options.color }),
  });
}
