/**
 * `drillbit drill <id>` in a terminal (and a drill chosen on home): offers to
 * resume a saved draft, then runs the attempt through the CLI's session, so
 * drafts, attempts and pulled-forward cards match plain mode exactly.
 */
import { useState } from 'react';
import { Box, Text, render, useApp } from 'ink';
import type { Drill } from '../core/deck/index.js';
import { formatClock } from '../core/drills/countdown.js';
import type { DrillAttempt, DrillDraft, DrillTuiOptions } from './drill-contract.js';
import { ColorContext, colorEnabled } from './theme.js';
import { KeysProvider, useKeys } from './hooks/use-keys.js';
import { useColumns } from './hooks/use-columns.js';
import { useRows } from './hooks/use-rows.js';
import { DrillScreen } from './screens/DrillScreen.js';
import { DrillBrief } from './components/DrillBrief.js';

export type { DrillTuiOptions } from './drill-contract.js';

function ResumeOffer({ drill, draft, onAnswer }: { drill: Drill; draft: DrillDraft; onAnswer: (resume: boolean) => void }) {
  useKeys((input, key) => {
    if (key.return || input === 'y') onAnswer(true);
    else if (input === 'n') onAnswer(false);
  });
  return (
    <Box flexDirection="column">
      <Text bold>{drill.title}</Text>
      <Text wrap="wrap">{`A draft was saved with ${formatClock(draft.remainingMs)} left (${Object.keys(draft.answers).length} answers).`}</Text>
      <Text>Resume it? Enter/y resume · n start over</Text>
    </Box>
  );
}

/** The brief before a fresh start: the clock starts when the learner presses Enter. */
function BriefFirst({ drill, width, onStart, onLeave }: { drill: Drill; width: number; onStart: () => void; onLeave: () => void }) {
  useKeys((input, key) => {
    if (key.return) onStart();
    else if (key.escape || (key.ctrl && input === 'c') || input === 'q') onLeave();
  });
  return <DrillBrief drill={drill} width={width} running={false} />;
}

/** The resume offer (when a draft is saved) or the brief, then the attempt. */
export function DrillApp({ drill, options, now = Date.now, onLeave }: { drill: Drill; options: DrillTuiOptions; now?: () => number; onLeave?: (how: 'ctrl-c' | 'esc') => void }) {
  const width = Math.max(20, useColumns());
  const rows = useRows();
  const { exit } = useApp();
  const { draft } = options;
  const [session, setSession] = useState<DrillAttempt | undefined>();
  if (!session && !draft) {
    return (
      <BriefFirst
        drill={drill}
        width={width}
        onStart={() => setSession(options.startSession())}
        onLeave={() => exit()}
      />
    );
  }
  if (!session && draft) {
    return (
      <ResumeOffer
        drill={drill}
        draft={draft}
        onAnswer={(resume) => {
          if (!resume) options.discardDraft();
          setSession(options.startSession(resume ? draft : undefined));
        }}
      />
    );
  }
  return <DrillScreen drill={drill} session={session!} width={width} rows={rows} now={now} onLeave={onLeave} />;
}

/** Runs the drill's screen; resolves with how the learner left before submitting (undefined when they submitted). */
export async function runDrillTui(drill: Drill, options: DrillTuiOptions): Promise<'ctrl-c' | 'esc' | undefined> {
  let left: 'ctrl-c' | 'esc' | undefined;
  const instance = render(
    <ColorContext.Provider value={colorEnabled(process.env, options.color)}>
      <KeysProvider>
        <DrillApp drill={drill} options={options} onLeave={(how) => (left = how)} />
      </KeysProvider>
    </ColorContext.Provider>,
    { exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
  // Leaving before submitting (Ctrl-C or Esc) is a normal quit; say where the work went.
  if (left) process.stderr.write(`drillbit: your draft is saved; run "${options.command ?? 'drillbit'} drill ${drill.id}" to resume it\n`);
  // Ctrl-C is an interruption (exit 130, as in plain mode); Esc is an ordinary way out.
  if (left === 'ctrl-c') process.exitCode = 130;
  return left;
}
