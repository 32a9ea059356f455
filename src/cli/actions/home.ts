export async function runHome(_options: { plain?: boolean; color?: boolean }): Promise<void> {
  process.stdout.write('drillbit\n');
}
