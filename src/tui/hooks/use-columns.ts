import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

/** The terminal's width in columns, updated on resize (80 when unknown). */
export function useColumns(override?: number): number {
  const { stdout } = useStdout();
  const read = (): number => override ?? (stdout.columns > 0 ? stdout.columns : 80);
  const [columns, setColumns] = useState(read);
  useEffect(() => {
    if (override !== undefined) return;
    const onResize = (): void => setColumns(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, override]);
  return override ?? columns;
}
