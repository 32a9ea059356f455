import { useEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, useApp } from 'ink';
import type { Drill } from '../../core/deck/index.js';
import { gradeSubnetRound, problemKey, subnetRoundProblems } from '../../core/drills/subnet-round.js';
import type { DrillAttempt, DrillOutcome } from '../drill-contract.js';
import { Editor } from '../components/Editor.js';
import { DrillResults, RoundResults } from '../components/DrillResults.js';
import { DrillBrief } from '../components/DrillBrief.js';
import { drillItems } from '../drill-items.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTone } from '../theme.js';
import { fit } from '../text-fit.js';

export interface DrillScreenProps {
  drill: Drill;
  /** The running attempt (the CLI's DrillSession): drafts, clock, submission. */
  session: DrillAttempt;
  width: number;
  /** Called when the learner leaves before submitting; the draft is saved by then. */
  onLeave?: (how: 'ctrl-c' | 'esc') => void;
  now: () => number;
}

/** A timed attempt: countdown, one editor per section (Tab moves), drafts, results. */
export function DrillScreen({ drill, session, width, now, onLeave }: DrillScreenProps) {
  const { exit } = useApp();
  const tone = useTone();
  const seed = session.seed;
  const items = useMemo(() => drillItems(drill, seed), [drill, seed]);
  const problems = useMemo(() => (drill.generator ? subnetRoundProblems(seed, items.length) : []), [drill, seed, items.length]);
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...session.answers }));
  const firstOpen = drill.generator ? Math.max(0, items.findIndex((it) => answers[it.key] === undefined)) : 0;
  const [index, setIndex] = useState(firstOpen);
  const [cursor, setCursor] = useState((answers[items[firstOpen]!.key] ?? '').length);
  const [clock, setClock] = useState(() => session.clock(now()));
  const [done, setDone] = useState<DrillOutcome | undefined>();
  const [diagnosis, setDiagnosis] = useState<string | undefined>();
  const [briefShown, setBriefShown] = useState(false);
  const submitting = useRef(false);

  useEffect(() => {
    session.save();
  }, []);

  const submit = (timedOut: boolean): void => {
    if (submitting.current) return;
    submitting.current = true;
    void session.submit(timedOut).then(setDone);
  };

  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => {
      const c = session.clock(now());
      setClock(c);
      if (c.state === 'expired') submit(true);
    }, 1000);
    return () => clearInterval(timer);
  }, [done]);

  const item = items[index]!;
  const text = answers[item.key] ?? '';
  const setText = (value: { text: string; cursor: number }): void => {
    setAnswers((a) => ({ ...a, [item.key]: value.text }));
    setCursor(value.cursor);
    setDiagnosis(undefined);
    session.set(item.key, value.text);
  };
  const go = (to: number): void => {
    const next = Math.min(items.length - 1, Math.max(0, to));
    setIndex(next);
    setCursor((answers[items[next]!.key] ?? '').length);
  };
  const enter = (): void => {
    if (item.oneLine) {
      const one = gradeSubnetRound(drill.id, [problems[index]!], { [problemKey(0)]: text }).problems[0]!;
      setDiagnosis(`${one.correct ? '✓' : '✗'} ${one.diagnosis}`);
    }
    if (index === items.length - 1) submit(false);
    else go(index + 1);
  };

  useKeys((input, key) => {
    if (done) {
      if (key.return || input === 'q' || key.escape) exit();
      return;
    }
    if (briefShown) {
      setBriefShown(false);
      return;
    }
    if ((key.ctrl && input === 'c') || key.escape) {
      session.save();
      onLeave?.(key.escape ? 'esc' : 'ctrl-c');
      exit();
    } else if (key.tab) go(key.shift ? index - 1 : index + 1);
    else if (key.ctrl && input === 's') submit(false);
    else if (input === '?' && text === '') setBriefShown(true);
  });

  if (done) {
    return done.kind === 'sections' ? (
      <DrillResults result={done.result} history={done.history} timedOut={done.timedOut} pulled={done.pulled} width={width} />
    ) : (
      <RoundResults result={done.result} history={done.history} timedOut={done.timedOut} pulled={done.pulled} width={width} />
    );
  }
  const clockLabel = ` ${clock.label} left`;
  const clockTone = clock.state === 'running' ? undefined : tone('bad');
  if (briefShown) {
    return (
      <Box flexDirection="column" width={width}>
        <Text bold color={clockTone}>{clockLabel.trim()}</Text>
        <DrillBrief drill={drill} width={width} running />
      </Box>
    );
  }
  const answeredCount = items.filter((it) => (answers[it.key] ?? '').trim()).length;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>
        {fit(drill.title, Math.max(1, width - clockLabel.length))}
        <Text color={clockTone} inverse={clock.state === 'warning'}>{clockLabel}</Text>
      </Text>
      <Text dimColor>{fit(`${index + 1}/${items.length} · ${answeredCount} answered · Tab next · Shift-Tab back · Ctrl-S submit`, width)}</Text>
      {diagnosis ? <Text wrap="wrap" color={tone(diagnosis.startsWith('✓') ? 'good' : 'bad')}>{diagnosis}</Text> : null}
      <Text bold>{fit(item.heading, width)}</Text>
      <Text wrap="wrap">{item.prompt}</Text>
      <Box borderStyle="single" width={width}>
        <Editor value={{ text, cursor: Math.min(cursor, text.length) }} active={!briefShown} ignore={(input, v) => input === '?' && v.text === ''} onChange={setText} onSubmit={enter} width={width - 2} maxRows={6} placeholder={item.oneLine ? 'addresses and prefix, e.g. 72 /25' : 'your answer'} />
      </Box>
      <Text dimColor wrap="wrap">{index === items.length - 1 ? 'Enter submits the attempt · Ctrl-J new line · ? brief (empty answer) · Esc leave (draft kept)' : 'Enter next · Ctrl-J new line · ? brief (empty answer) · Esc leave (draft kept)'}</Text>
    </Box>
  );
}
