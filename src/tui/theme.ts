/**
 * Colours. Only the basic ANSI hues, which terminals tune to stay readable on
 * both dark and light backgrounds (no white, black or grey text), and none at
 * all under NO_COLOR or --no-color: every coloured fact is also in words.
 */
import { createContext, useContext } from 'react';

/** What a colour means on screen. */
export type Tone = 'good' | 'warn' | 'bad' | 'accent' | 'info';

const HUES: Record<Tone, string> = {
  good: 'green',
  warn: 'yellow',
  bad: 'red',
  accent: 'cyan',
  info: 'blue',
};

/** Whether colour is on (false under NO_COLOR, --no-color or TERM=dumb). */
export const ColorContext = createContext(true);

/** The colour for a tone, or undefined when colour is off. */
export function useTone(): (tone: Tone) => string | undefined {
  const on = useContext(ColorContext);
  return (tone) => (on ? HUES[tone] : undefined);
}

/** Decides colour from the environment and the `--no-color` flag. */
export function colorEnabled(env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return env['TERM'] !== 'dumb';
}
