/**
 * Loads the TUI without importing ink here (so a CLI module that only might
 * need the TUI stays light). Prefers the esbuild bundle, which starts about
 * twice as fast as the many files of ink and react; falls back to the tsc
 * output when the bundle was not built (dev runs, tests).
 */
type Tui = typeof import('./entry.js');

export async function loadTui(): Promise<Tui> {
  const bundle = new URL('../tui-bundle.js', import.meta.url).href;
  try {
    return (await import(bundle)) as Tui;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' || !String((error as Error).message).includes('tui-bundle')) throw error;
    return import('./entry.js');
  }
}
