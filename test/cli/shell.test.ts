import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const version = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }).version;

describe('drillbit command-line shell', () => {
  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists every command', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const command of ['review', 'drill', 'grade', 'subnet', 'lint', 'stats', 'mock', 'import', 'export', 'optimize', 'team']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it('an unknown command is one line on stderr and exit 2', () => {
    const r = runCli(['revew']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('drillbit: unknown command \'revew\' (did you mean review?); run "drillbit --help" for the commands\n');
  });

  it('help COMMAND prints what COMMAND --help prints; help alone, the overview', () => {
    const viaHelp = runCli(['help', 'review']);
    expect(viaHelp).toMatchObject({ status: 0, stderr: '' });
    expect(viaHelp.stdout).toBe(runCli(['review', '--help']).stdout);
    expect(viaHelp.stdout).toMatch(/^Usage: drillbit review \[options\]\n/);
    expect(runCli(['help']).stdout).toBe(runCli(['--help']).stdout);
  });

  it('help for a command that does not exist names the commands there are', () => {
    const r = runCli(['help', 'nope']);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/^drillbit: no command 'nope'; the commands are: review, drill, grade, subnet, lint, stats(, [a-z]+)*\n$/);
  });

  it('an unknown flag is one line on stderr and exit 2', () => {
    const r = runCli(['--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('drillbit: unknown option \'--frobnicate\'; run "drillbit --help" for usage\n');
  });

  it('a bad number for a flag names the flag', () => {
    const r = runCli(['subnet', '--desired', 'lots']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "drillbit: option '--desired <n>' argument 'lots' is invalid. must be a whole number of 1 or more; run \"drillbit --help\" for usage\n",
    );
  });
});
