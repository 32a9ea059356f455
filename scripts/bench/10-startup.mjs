// Start-up of commands that print no UI: ≤ 1.5 × `node -e 0`.
export default async function startup({ drillbit, baselineMs }) {
  const rows = [];
  for (const args of [['--version'], ['lint']]) {
    const ms = drillbit(args);
    const ratio = ms / baselineMs;
    rows.push({
      name: `drillbit ${args.join(' ')} wall time`,
      figure: `${ms.toFixed(1)} ms = ${ratio.toFixed(2)}×`,
      budget: '≤ 1.5× node -e 0',
      ok: ratio <= 1.5,
    });
  }
  return rows;
}
