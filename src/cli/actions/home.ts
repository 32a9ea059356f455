import { loadDecks, loadDrills } from '../content.js';
import { renderPlainHome } from '../plain-home.js';

/** Whether the full-screen interface can run: a terminal both ways, not CI, not a dumb terminal. */
export function canUseTui(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.stdin.isTTY === true && process.stdout.isTTY === true && env['CI'] !== 'true' && env['CI'] !== '1' && env['TERM'] !== 'dumb';
}

/**
 * `drillbit` with no command. In a terminal the full-screen home (src/tui);
 * otherwise — a pipe, CI, TERM=dumb or --plain — a plain-text overview.
 */
export async function runHome(options: { plain?: boolean; color?: boolean }): Promise<void> {
  if (options.plain || !canUseTui()) {
    process.stdout.write(renderPlainHome(loadDecks()));
    return;
  }
  let problem: string | undefined;
  let decks: ReturnType<typeof loadDecks> = [];
  let drills: ReturnType<typeof loadDrills> = [];
  try {
    decks = loadDecks();
    drills = loadDrills();
  } catch (error) {
    problem = `${(error as Error).message}\nFix the file(s) above; "drillbit lint" checks them.`;
  }
  // React's production build: the development one is slower to load and to render.
  process.env['NODE_ENV'] ??= 'production';
  const { runHomeTui } = await import('../../tui/home.js');
  await runHomeTui({ decks, drills, color: options.color, problem });
}
