/**
 * `drillbit drill <id>` in a terminal (and a drill chosen on home): offers to
 * resume a saved draft, runs the timed attempt, keeps it and shows results.
 */
import { useState } from 'react';
import { Box, Text, render } from 'ink';
import type { Drill } from '../core/deck/index.js';
import { formatClock } from '../core/drills/countdown.js';
import { appendAttempt, drillHistory, readAttempts } from '../store/attempts.js';
import { dataDir as defaultDataDir } from '../store/data-dir.js';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../store/drafts.js';
import { ColorContext, colorEnabled } from './theme.js';
import { KeysProvider, useKeys } from './hooks/use-keys.js';
import { useColumns } from './hooks/use-columns.js';
import { DrillScreen, type DrillStore } from './screens/DrillScreen.js';

/** What runDrillTui takes (the drills engineer's CLI passes dataDir and seed). */
export interface DrillTuiOptions {
  dataDir?: string;
  /** Seed for generated problems (default: from the clock); a resumed draft keeps its own. */
  seed?: number;
  color?: boolean;
}

function fileStore(dir: string, drillId: string): DrillStore {
  return {
    saveDraft: (draft) => saveDraft(dir, draft),
    clearDraft: () => clearDraft(dir, drillId),
    keep(attempt) {
      appendAttempt(dir, { drillId, ...attempt, finishedAt: Date.now() });
      return drillHistory(readAttempts(dir, drillId));
    },
  };
}

function ResumeOffer({ drill, draft, onAnswer }: { drill: Drill; draft: Draft; onAnswer: (resume: boolean) => void }) {
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

function DrillApp({ drill, dir, seed }: { drill: Drill; dir: string; seed: number }) {
  const width = Math.max(20, useColumns());
  const [draft] = useState(() => loadDraft(dir, drill.id));
  const [choice, setChoice] = useState<'ask' | 'resume' | 'fresh'>(draft ? 'ask' : 'fresh');
  if (choice === 'ask' && draft) return <ResumeOffer drill={drill} draft={draft} onAnswer={(r) => setChoice(r ? 'resume' : 'fresh')} />;
  const resume = choice === 'resume' ? draft : undefined;
  return <DrillScreen drill={drill} store={fileStore(dir, drill.id)} resume={resume} seed={resume?.seed ?? seed} width={width} now={Date.now} />;
}

export async function runDrillTui(drill: Drill, options: DrillTuiOptions = {}): Promise<void> {
  const dir = options.dataDir ?? defaultDataDir();
  const seed = options.seed ?? Date.now() >>> 0;
  const instance = render(
    <ColorContext.Provider value={colorEnabled(process.env, options.color)}>
      <KeysProvider>
        <DrillApp drill={drill} dir={dir} seed={seed} />
      </KeysProvider>
    </ColorContext.Provider>,
    { exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
}
