import { describe, expect, it } from 'vitest';
import { POINTS_FORMULA } from '../../src/core/team/scoring.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('team command line', () => {
  it('the help of host and join shows the scoring formula', () => {
    for (const sub of ['host', 'join']) {
      const r = runCli(['team', sub, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Scoring: ${POINTS_FORMULA}`);
    }
  });

  it.each([
    [['team', 'join', 'http://x', '--code', '1', '--plain'], 1, 'drillbit: "http://x" is not a team session address; it looks like ws://HOST:PORT (or wss://), as the host\'s join line shows\n'],
    [['team', 'host', '--listen', 'nope', '--plain'], 2, 'drillbit: --listen "nope" is not HOST:PORT; use e.g. 127.0.0.1:7420, 0.0.0.0:7420 or :0 for any free port\n'],
    [['team', 'host', '--cert', 'c.pem', '--plain'], 1, 'drillbit: --cert and --key go together: give both to serve wss://, or neither\n'],
    [['team', 'host', '--tag', 'no-such-tag', '--plain'], 1, 'drillbit: no cards to ask with tag "no-such-tag"; try another --deck or --tag\n'],
    [['team', 'host', '--resume', '--plain'], 1, 'drillbit: no unfinished team session to resume; start one with "drillbit team host"\n'],
  ])('%j is one line on stderr', (args, status, stderr) => {
    const r = runCli(args, { env: { DRILLBIT_HOME: tempDir() } });
    expect(r).toEqual({ status, stdout: '', stderr });
  });
});
