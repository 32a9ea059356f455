/**
 * `drillbit mock` in a terminal: offers a saved interview back, runs the
 * interview through the CLI's session (drafts, clock and attempts as in
 * plain mode), then shows the report in a scrolling screen.
 */
import { useState } from 'react';
import { Box, Text, render, useApp } from 'ink';
import { formatMockReport } from '../core/mock/report-text.js';
import type { MockAttempt } from '../core/mock/types.js';
import type { MockRun, MockTuiOptions } from './mock-contract.js';
import { ColorContext, colorEnabled } from './theme.js';
import { KeysProvider, useKeys } from './hooks/use-keys.js';
import { useColumns } from './hooks/use-columns.js';
import { useRows } from './hooks/use-rows.js';
import { MockScreen } from './screens/MockScreen.js';
import { MockReportScreen } from './screens/MockReportScreen.js';

export type { MockTuiOptions } from './mock-contract.js';

function ResumeOffer({ draft, onAnswer }: { draft: NonNullable<MockTuiOptions['draft']>; onAnswer: (resume: boolean) => void }) {
  useKeys((input, key) => {
    if (key.return || input === 'y') onAnswer(true);
    else if (input === 'n') onAnswer(false);
  });
  return (
    <Box flexDirection="column">
      <Text bold>Mock interview</Text>
      <Text wrap="wrap">{`An interview was saved with ${draft.questions} questions (${draft.toGo} to go).`}</Text>
      <Text>Resume it? Enter/y resume · n start the new one</Text>
    </Box>
  );
}

/** The resume offer (when an interview is saved), the interview, the report. */
export function MockApp({ options, onLeave, rows: rowsOverride }: { options: MockTuiOptions; onLeave?: (how: 'ctrl-c' | 'esc') => void; rows?: number }) {
  const { exit } = useApp();
  const width = Math.max(30, useColumns());
  const height = useRows(rowsOverride);
  const [run, setRun] = useState<MockRun | undefined>(() => (options.draft ? undefined : options.start(false)));
  const [report, setReport] = useState<string | undefined>();
  if (report !== undefined) return <MockReportScreen text={report} width={width} height={height} onQuit={() => exit()} />;
  if (!run) return <ResumeOffer draft={options.draft!} onAnswer={(resume) => setRun(options.start(resume))} />;
  const finish = (attempt: MockAttempt): void => {
    const extra = options.afterFinish?.(attempt) ?? [];
    setReport([attempt.timedOut ? 'Time is up: your answers were submitted as they stood.\n' : '', formatMockReport(attempt, options.command), ...extra].filter(Boolean).join('\n'));
  };
  return (
    <MockScreen
      run={run}
      width={width}
      onFinish={finish}
      onLeave={(how) => {
        onLeave?.(how);
        exit();
      }}
    />
  );
}

export async function runMockTui(options: MockTuiOptions): Promise<void> {
  let left: 'ctrl-c' | 'esc' | undefined;
  const instance = render(
    <ColorContext.Provider value={colorEnabled(process.env, options.color)}>
      <KeysProvider>
        <MockApp options={options} onLeave={(how) => (left = how)} />
      </KeysProvider>
    </ColorContext.Provider>,
    { exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
  if (left) process.stderr.write(`drillbit: your interview is saved; run "${options.command ?? 'drillbit'} mock" to resume it\n`);
}
