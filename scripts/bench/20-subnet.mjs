// `drillbit subnet --desired 100 --subnets 3 --json` start-up: ≤ 1.5 × `node -e 0`.
export default async function subnet({ drillbit, baselineMs }) {
  const args = ['subnet', '--desired', '100', '--subnets', '3', '--json'];
  const ms = drillbit(args);
  const ratio = ms / baselineMs;
  return [
    {
      name: `drillbit ${args.join(' ')} wall time`,
      figure: `${ms.toFixed(1)} ms = ${ratio.toFixed(2)}×`,
      budget: '≤ 1.5× node -e 0',
      ok: ratio <= 1.5,
    },
  ];
}
