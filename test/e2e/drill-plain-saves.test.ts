import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { startSession } from '../store/spawn-session.js';

describe('plain drill mode keeps its promise: each line is saved as it is entered', () => {
  it('kill -9 right after the next section shows: every line of the last one is in the draft (180 lines in well under a second)', async () => {
    const home = tempDir();
    const s = startSession(['drill', 'deployment-sketch', '--plain'], { DRILLBIT_HOME: home });
    await s.waitFor(/1\/16 fargate\.image/);
    const lines = Array.from({ length: 180 }, (_, i) => `line ${i} of the image answer`);
    s.write(`${lines.join('\n')}\n\n`);
    // The next heading is printed only after every line above was read and handled.
    await s.waitFor(/2\/16 fargate\.resources/);
    s.child.kill('SIGKILL');
    expect((await s.exited).signal).toBe('SIGKILL');
    const draft = JSON.parse(readFileSync(join(home, 'drafts', 'deployment-sketch.json'), 'utf8'));
    expect(draft.answers['fargate.image']).toBe(lines.join('\n'));
  }, 30_000);
});
