import { useEffect, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { formatClock } from '../../core/drills/countdown.js';
import type { MockAttempt } from '../../core/mock/types.js';
import type { MockRun } from '../mock-contract.js';
import { Editor } from '../components/Editor.js';
import type { EditorState } from '../editor-state.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTone } from '../theme.js';
import { fit } from '../text-fit.js';

export interface MockScreenProps {
  run: MockRun;
  width: number;
  /** Called once with the kept attempt (at the end, at zero, or on Ctrl-S). */
  onFinish: (attempt: MockAttempt) => void;
  /** The learner left before the end; the interview is saved by then. */
  onLeave: (how: 'ctrl-c' | 'esc') => void;
}

const atEnd = (text: string): EditorState => ({ text, cursor: text.length });

/**
 * One question at a time under the interview's countdown, with the soft time
 * for the question; no verdicts. Enter answers, Tab skips, Ctrl-S ends.
 */
export function MockScreen({ run, width, onFinish, onLeave }: MockScreenProps) {
  const tone = useTone();
  const [editor, setEditor] = useState<EditorState>(() => atEnd(run.text()));
  const [, setTick] = useState(0);
  const finished = useRef(false);

  const finish = (): void => {
    if (finished.current) return;
    finished.current = true;
    onFinish(run.finish());
  };
  // Each step moves to another text: the next question, its follow-up, or a returning one.
  const stepped = (): void => {
    if (run.done) return finish();
    setEditor(atEnd(run.text()));
  };

  useEffect(() => {
    run.save();
    const timer = setInterval(() => {
      if (run.expireIfDue()) finish();
      else setTick((n) => n + 1);
    }, 1000);
    return () => clearInterval(timer);
  }, []);

  useKeys((input, key) => {
    if (finished.current) return;
    if ((key.ctrl && input === 'c') || key.escape) {
      run.save();
      onLeave(key.escape ? 'esc' : 'ctrl-c');
    } else if (key.tab) {
      run.skip();
      stepped();
    } else if (key.ctrl && input === 's') finish();
  });

  const asked = run.asked();
  if (!asked) return <Text>Grading…</Text>;
  const clock = run.clock();
  const soft = run.questionClock();
  const total = run.plan.questions.length;
  const right = ` ${clock.label} left`;
  const title = asked.followUp ? `Follow-up to question ${asked.number} of ${total}` : `Question ${asked.number} of ${total}${asked.returned ? ' (back after a skip)' : ''}`;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>
        {fit(`Mock interview · ${title}`, Math.max(1, width - right.length))}
        <Text color={clock.state === 'running' ? undefined : tone('bad')} inverse={clock.state === 'warning'}>{right}</Text>
      </Text>
      <Text dimColor={!soft.over} color={soft.over ? tone('warn') : undefined}>
        {fit(`${formatClock(soft.spentMs)} of ~${formatClock(soft.softMs)} for this question${soft.over ? ' (over: move on when you can)' : ''}${asked.question.tags.length ? ` · ${asked.question.tags.join(', ')}` : ''}`, width)}
      </Text>
      {asked.number === 1 && !asked.followUp ? run.plan.notes.map((note) => <Text key={note} dimColor wrap="wrap">{note}</Text>) : null}
      <Text wrap="wrap">{asked.question.prompt}</Text>
      {asked.followUp && asked.answer?.trim() ? <Text dimColor wrap="wrap">{`You said: ${asked.answer.trim()}`}</Text> : null}
      {asked.followUp ? <Text bold color={tone('accent')} wrap="wrap">{asked.followUp}</Text> : null}
      <Box borderStyle="single" width={width}>
        <Editor
          value={editor}
          onChange={(next) => {
            setEditor(next);
            run.type(next.text);
          }}
          onSubmit={() => {
            run.submit();
            stepped();
          }}
          width={width - 2}
          maxRows={8}
          placeholder={asked.followUp ? 'your reply' : asked.question.kind === 'calculation' ? 'addresses and prefix, e.g. 72 /25' : 'your answer'}
        />
      </Box>
      <Text dimColor wrap="wrap">Enter answers · Ctrl-J new line · Tab skip (comes back at the end) · Ctrl-S end the interview · Esc leave (saved)</Text>
    </Box>
  );
}
