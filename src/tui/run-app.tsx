import { render } from 'ink';
import { App, type AppProps } from './App.js';
import { ErrorScreen } from './screens/ErrorScreen.js';
import { colorEnabled } from './theme.js';

/** Options every TUI entry point takes. */
export interface TuiCommonOptions {
  /** `--no-color` gives false; NO_COLOR and TERM=dumb are read here too. */
  color?: boolean;
}

/** Renders the app until the user leaves; Ctrl-C is the app's to handle. */
export async function runApp(props: Omit<AppProps, 'color'> & TuiCommonOptions): Promise<void> {
  const color = colorEnabled(process.env, props.color);
  const instance = render(<App {...props} color={color} />, { exitOnCtrlC: false, patchConsole: false });
  await instance.waitUntilExit();
}

/** Shows a problem (damaged state, lint errors, another instance) full-screen until a key. */
export async function runErrorScreen(message: string, options: TuiCommonOptions = {}): Promise<void> {
  const color = colorEnabled(process.env, options.color);
  const instance = render(<ErrorScreen message={message} color={color} />, { exitOnCtrlC: false, patchConsole: false });
  await instance.waitUntilExit();
}
