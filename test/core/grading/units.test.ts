import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/grading/normalize.js';
import { parseCidrs, parseQuantities, toBase } from '../../../src/core/grading/units.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

// [label, text, [value in base unit, dimension]...]
const QUANTITIES: [string, string, [number, string][]][] = [
  ['MiB glued', '512MiB', [[512 * MiB, 'bytes']]],
  ['MiB spaced', '512 MiB', [[512 * MiB, 'bytes']]],
  ['GiB decimal', '0.5 GiB', [[0.5 * GiB, 'bytes']]],
  ['GB is decimal', '2 GB', [[2e9, 'bytes']]],
  ['MB is decimal', '10 MB', [[1e7, 'bytes']]],
  ['vCPU', '0.25 vCPU', [[0.25, 'cpu']]],
  ['CPU units spelled', '1024 CPU units', [[1, 'cpu']]],
  ['ECS cpu number', '256 CPU', [[0.25, 'cpu']]],
  ['small cpu count is vCPU', '2 CPUs', [[2, 'cpu']]],
  ['seconds short', '10s', [[10, 'time']]],
  ['sec', '30 sec', [[30, 'time']]],
  ['seconds word', '10 seconds', [[10, 'time']]],
  ['minutes', '15 minutes', [[900, 'time']]],
  ['min', '60 min', [[3600, 'time']]],
  ['hyphenated minutes', '60-minute', [[3600, 'time']]],
  ['hours', '1 h', [[3600, 'time']]],
  ['percent sign', '80%', [[80, 'percent']]],
  ['percent word', '200 percent', [[200, 'percent']]],
  ['times', '2x', [[2, 'times']]],
  ['bare count', 'desired 100 tasks', [[100, 'count']]],
  ['spelled number with a unit', 'two minutes', [[120, 'time']]],
  ['"an hour"', 'up to an hour', [[3600, 'time']]],
  ['spelled tens', 'sixty minutes', [[3600, 'time']]],
  ['hyphenated spelled number', 'twenty-five IPs', [[25, 'ips']]],
  ['spelled with a scale', 'a thousand requests', [[1000, 'requests']]],
  ['thousands separator', '1,000 requests', [[1000, 'requests']]],
  ['"a" before a non-unit is no number', 'a vCPU', []],
  ['two quantities', '1 vCPU and 2 GB', [[1, 'cpu'], [2e9, 'bytes']]],
  ['IP address is not a number', '10.0.0.0/24', []],
  ['CIDR prefix is not a number', '/24', []],
  ['no numbers', 'none here', []],
];

describe('parseQuantities', () => {
  it.each(QUANTITIES)('%s', (_label, text, expected) => {
    expect(parseQuantities(normalize(text)).map((q) => [q.value, q.dimension])).toEqual(expected);
  });
});

describe('toBase', () => {
  it('converts a spec unit', () => {
    expect(toBase(1, 'GiB')).toMatchObject({ value: GiB, dimension: 'bytes' });
    expect(toBase(2048, 'cpu-units')).toMatchObject({ value: 2, dimension: 'cpu' });
    expect(toBase(7)).toMatchObject({ value: 7, dimension: 'count' });
  });
});

// [label, text, [prefix, address?]...]
const CIDRS: [string, string, [number, string | undefined][]][] = [
  ['prefix', 'use a /24', [[24, undefined]]],
  ['block', 'use 10.0.0.0/24', [[24, '10.0.0.0']]],
  ['two', '/25 or /26', [[25, undefined], [26, undefined]]],
  ['prefix over 32 ignored', '/40', []],
  ['HTTP/2 is not a prefix', 'http/2', []],
  ['fraction is not a prefix', '1/2', []],
];

describe('parseCidrs', () => {
  it.each(CIDRS)('%s', (_label, text, expected) => {
    expect(parseCidrs(normalize(text)).map((c) => [c.prefix, c.address])).toEqual(expected);
  });
});
