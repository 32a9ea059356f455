import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

/** The terminal's height in rows, updated on resize (unlimited when unknown, e.g. in tests). */
export function useRows(override?: number): number {
  const { stdout } = useStdout();
  const read = (): number => override ?? (stdout.rows > 0 ? stdout.rows : Number.POSITIVE_INFINITY);
  const [rows, setRows] = useState(read);
  useEffect(() => {
    if (override !== undefined) return;
    const onResize = (): void => setRows(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, override]);
  return override ?? rows;
}
