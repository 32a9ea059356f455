/**
 * Numbers with units in normalised text. Every quantity is converted to a
 * base unit of its dimension so that `0.5 GiB` equals `512 MiB`, `1024 CPU
 * units` equals `1 vCPU` and `1 min` equals `60 s`.
 */
import { numberWordsToDigits } from './number-words.js';

/** What a quantity measures; `count` is a bare number. */
export type Dimension = 'bytes' | 'cpu' | 'time' | 'percent' | 'count' | 'ips' | 'requests' | 'times';

/** A number found in the answer, in its dimension's base unit (bytes, vCPU, seconds, percent). */
export interface Quantity {
  value: number;
  dimension: Dimension;
  /** The text it was read from. */
  raw: string;
}

interface UnitDef {
  dimension: Dimension;
  factor: number;
}

const UNITS: Record<string, UnitDef> = {};
function define(names: string[], dimension: Dimension, factor: number): void {
  for (const name of names) UNITS[name] = { dimension, factor };
}
define(['b', 'byte', 'bytes'], 'bytes', 1);
define(['kb', 'kilobyte', 'kilobytes'], 'bytes', 1e3);
define(['mb', 'megabyte', 'megabytes'], 'bytes', 1e6);
define(['gb', 'gigabyte', 'gigabytes'], 'bytes', 1e9);
define(['tb', 'terabyte', 'terabytes'], 'bytes', 1e12);
define(['kib', 'kibibyte', 'kibibytes'], 'bytes', 1024);
define(['mib', 'mebibyte', 'mebibytes', 'mi'], 'bytes', 1024 ** 2);
define(['gib', 'gibibyte', 'gibibytes', 'gi'], 'bytes', 1024 ** 3);
define(['tib'], 'bytes', 1024 ** 4);
define(['vcpu', 'vcpus', 'cpu', 'cpus', 'core', 'cores'], 'cpu', 1);
define(['cpu-units', 'units', 'unit'], 'cpu', 1 / 1024);
define(['ms', 'millisecond', 'milliseconds'], 'time', 1e-3);
define(['s', 'sec', 'secs', 'second', 'seconds'], 'time', 1);
define(['m', 'min', 'mins', 'minute', 'minutes'], 'time', 60);
define(['h', 'hr', 'hrs', 'hour', 'hours'], 'time', 3600);
define(['d', 'day', 'days'], 'time', 86400);
define(['%', 'percent', 'pct'], 'percent', 1);
define(['ip', 'ips', 'address', 'addresses'], 'ips', 1);
define(['request', 'requests', 'req', 'reqs'], 'requests', 1);
define(['x', 'times'], 'times', 1);

/** The unit definition for a spelled unit (`MiB`, `vCPU`, `min`), or undefined. */
export function unitOf(name: string): UnitDef | undefined {
  return UNITS[name.toLowerCase().replace(/\s+/g, '-')];
}

/** `value unit` in the unit's base; a missing or unknown unit is a bare count. */
export function toBase(value: number, unit?: string): Quantity {
  const def = unit ? unitOf(unit) : undefined;
  return { value: def ? value * def.factor : value, dimension: def?.dimension ?? 'count', raw: `${value}${unit ? ` ${unit}` : ''}` };
}

// One token: a number with an optional glued unit ("512mib", "60-minute", "80%", "2x").
const NUMBER_TOKEN = /^(\d{1,15}(?:\.\d{1,15})?)-?([a-z%]{0,12})$/;

/**
 * Spelled numbers as digits: "two minutes" → "2 minutes", "twenty-five" →
 * "25", "a thousand" → "1000", "an hour" → "1 hour" (a/an only before a
 * scale word or a unit of time); the number words are read by number-words.ts.
 */
export function spelledToDigits(tokens: readonly string[]): string[] {
  const withOnes = tokens.map((t, i) => {
    const next = tokens[i + 1] ?? '';
    return (t === 'a' || t === 'an') && (next === 'hundred' || next === 'thousand' || unitOf(next)?.dimension === 'time') ? 'one' : t;
  });
  return numberWordsToDigits(withOnes.join(' ')).split(' ');
}

/** Every quantity in normalised text, in order. Token-based, so linear in the input. */
export function parseQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const tokens = spelledToDigits(text.split(' '));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.length > 40 || !/^\d/.test(token)) continue;
    const m = NUMBER_TOKEN.exec(token);
    if (!m) continue;
    const value = Number(m[1]);
    let word = m[2] || '';
    let raw = token;
    if (!word && tokens[i + 1] !== undefined) {
      word = tokens[i + 1]!;
      if (word === 'cpu' && tokens[i + 2] === 'units') word = 'cpu-units';
      if (unitOf(word)) raw = `${token} ${tokens[i + 1]}${word === 'cpu-units' ? ' units' : ''}`;
    }
    const def = word ? unitOf(word) : undefined;
    // ECS writes task size in CPU units: "256 CPU" is a quarter vCPU, "2 CPU" is two.
    if (def && (word === 'cpu' || word === 'cpus') && value >= 128) {
      found.push({ value: value / 1024, dimension: 'cpu', raw });
      continue;
    }
    found.push(def ? { value: value * def.factor, dimension: def.dimension, raw } : { value, dimension: 'count', raw: m[1]! });
  }
  return found;
}

/** A CIDR mention: `/24` or `10.0.0.0/24`. */
export interface CidrMention {
  prefix: number;
  address?: string;
  raw: string;
}

const CIDR = /(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})?\/(\d{1,2})(?!\d)/g;

/** Every CIDR prefix or block in normalised text. */
export function parseCidrs(text: string): CidrMention[] {
  const found: CidrMention[] = [];
  for (const m of text.matchAll(CIDR)) {
    const prefix = Number(m[2]);
    if (prefix > 32) continue;
    found.push(m[1] ? { prefix, address: m[1], raw: m[0] } : { prefix, raw: m[0] });
  }
  return found;
}

/** Parses a spec like `/25` or `10.0.0.0/24`. */
export function parseCidrSpec(spec: string): CidrMention | undefined {
  return parseCidrs(spec.trim())[0];
}
