import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

/** One of the terminal's dimensions, updated on resize; `fallback` when the terminal does not say. */
export function useStdoutDimension(dimension: 'columns' | 'rows', fallback: number, override?: number): number {
  const { stdout } = useStdout();
  const read = (): number => override ?? (stdout[dimension] > 0 ? stdout[dimension] : fallback);
  const [value, setValue] = useState(read);
  useEffect(() => {
    if (override !== undefined) return;
    const onResize = (): void => setValue(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, override]);
  return override ?? value;
}
