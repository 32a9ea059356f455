/**
 * Reads CPU and memory quantities out of free text ("1 vCPU / 2 GB",
 * "cpu 1024 memory 2048", "--cpu 1 --memory 512Mi"). Memory comes back in
 * MiB; GB and GiB are both read as 1024 MiB, as the consoles use them.
 */

/** A CPU amount: `vcpu` when written as vCPU, `units` when written as CPU units (1024 = 1 vCPU). */
export interface CpuAmount {
  vcpu: number;
  text: string;
}

export interface MemoryAmount {
  mib: number;
  text: string;
}

const NUM = String.raw`(\d+(?:\.\d+)?|\.\d+)`;

/** The first CPU amount in `text`. */
export function readCpu(text: string): CpuAmount | undefined {
  const t = text.replace(/["']/g, ' ');
  const forms: [RegExp, (n: number) => number][] = [
    [new RegExp(String.raw`${NUM}\s*(?:cpu\s*units|units)\b`, 'i'), (n) => n / 1024],
    // A key=value (or --flag value) pair first: in "memory=2048 cpu=1024", 2048 is not "2048 cpu".
    [new RegExp(String.raw`(?:--v?cpu\s*[:=]?|\bv?cpu\s*[:=])\s*${NUM}`, 'i'), (n) => (n >= 128 ? n / 1024 : n)],
    [new RegExp(String.raw`${NUM}\s*v?cpus?\b`, 'i'), (n) => (n >= 128 ? n / 1024 : n)],
    [new RegExp(String.raw`\bv?cpu\s*${NUM}`, 'i'), (n) => (n >= 128 ? n / 1024 : n)],
  ];
  for (const [pattern, toVcpu] of forms) {
    const m = pattern.exec(t);
    if (m) return { vcpu: toVcpu(Number(m[1])), text: m[0].trim() };
  }
  return undefined;
}

const UNIT_MIB: Record<string, number> = { mi: 1, mib: 1, mb: 1, m: 1, gi: 1024, gib: 1024, gb: 1024, g: 1024 };

/** The first memory amount in `text`. */
export function readMemory(text: string): MemoryAmount | undefined {
  const t = text.replace(/["']/g, ' ');
  const withUnit = new RegExp(String.raw`${NUM}\s*(gib|gi|gb|g|mib|mi|mb|m)\b`, 'i').exec(t);
  if (withUnit) return { mib: Number(withUnit[1]) * UNIT_MIB[withUnit[2]!.toLowerCase()]!, text: withUnit[0].trim() };
  const bare = new RegExp(String.raw`(?:--)?memory\s*[:=]?\s*${NUM}`, 'i').exec(t);
  if (bare) {
    const n = Number(bare[1]);
    return { mib: n >= 128 ? n : n * 1024, text: bare[0].trim() };
  }
  return undefined;
}

/** The first concurrency setting in `text` ("concurrency 80", "--concurrency=1", "80 concurrent requests"). */
export function readConcurrency(text: string): { value: number; text: string } | undefined {
  const forms = [
    /(?:--)?concurrency\s*(?:of|to|=|:|is|at)?\s*(\d+)/i,
    /(\d+)\s*(?:concurrent\s+requests|requests\s+per\s+(?:instance|container))/i,
  ];
  for (const pattern of forms) {
    const m = pattern.exec(text);
    if (m) return { value: Number(m[1]), text: m[0].trim() };
  }
  return undefined;
}

/** `1 vCPU`, `0.25 vCPU`. */
export const showVcpu = (vcpu: number): string => `${vcpu} vCPU`;
/** `512 MiB`, `2 GiB`. */
export const showMemory = (mib: number): string => (mib >= 1024 && mib % 1024 === 0 ? `${mib / 1024} GiB` : `${mib} MiB`);
