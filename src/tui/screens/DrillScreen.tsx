import { useEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, useApp } from 'ink';
import type { Drill } from '../../core/deck/index.js';
import { remaining } from '../../core/drills/countdown.js';
import { gradeDrill, type DrillResult } from '../../core/drills/grade-drill.js';
import { gradeSubnetRound, problemKey, subnetRoundProblems, type SubnetRoundResult } from '../../core/drills/subnet-round.js';
import type { Draft } from '../../store/drafts.js';
import type { DrillHistory } from '../../store/attempts.js';
import { Editor } from '../components/Editor.js';
import { DrillResults, RoundResults } from '../components/DrillResults.js';
import { drillItems } from '../drill-items.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTone } from '../theme.js';
import { fit } from '../text-fit.js';

/** Drafts and attempts, as the drill screen needs them. */
export interface DrillStore {
  saveDraft(draft: Draft): void;
  clearDraft(): void;
  /** Keeps a finished attempt and returns the drill's history with it. */
  keep(attempt: { startedAt: number; timedOut: boolean; answers: Record<string, string>; score: number; verdict: string; result: unknown }): DrillHistory;
}

export interface DrillScreenProps {
  drill: Drill;
  store: DrillStore;
  /** A draft to resume (its answers, time left and seed). */
  resume?: Draft;
  seed: number;
  width: number;
  now: () => number;
}

/** Drafts are at most this far behind the typing. */
const SAVE_EVERY_MS = 1000;

type Graded = { kind: 'sketch'; result: DrillResult } | { kind: 'round'; result: SubnetRoundResult };

/** A timed attempt: countdown, one editor per section (Tab moves), drafts, results. */
export function DrillScreen({ drill, store, resume, seed, width, now }: DrillScreenProps) {
  const { exit } = useApp();
  const tone = useTone();
  const items = useMemo(() => drillItems(drill, seed), [drill, seed]);
  const problems = useMemo(() => (drill.generator ? subnetRoundProblems(seed, items.length) : []), [drill, seed, items.length]);
  const [answers, setAnswers] = useState<Record<string, string>>(resume?.answers ?? {});
  const firstOpen = drill.generator ? Math.max(0, items.findIndex((it) => answers[it.key] === undefined)) : 0;
  const [index, setIndex] = useState(firstOpen);
  const [cursor, setCursor] = useState((answers[items[firstOpen]!.key] ?? '').length);
  const clockStart = useRef(now());
  const limitMs = resume?.remainingMs ?? drill.minutes * 60_000;
  const [clock, setClock] = useState(() => remaining(clockStart.current, now(), limitMs));
  const [done, setDone] = useState<{ graded: Graded; history: DrillHistory; timedOut: boolean } | undefined>();
  const [diagnosis, setDiagnosis] = useState<string | undefined>();
  const saved = useRef({ at: 0, timer: undefined as NodeJS.Timeout | undefined });
  const latest = useRef(answers);
  latest.current = answers;

  const save = (): void => {
    clearTimeout(saved.current.timer);
    saved.current = { at: now(), timer: undefined };
    const left = remaining(clockStart.current, now(), limitMs).remainingMs;
    store.saveDraft({ drillId: drill.id, startedAt: resume?.startedAt ?? clockStart.current, savedAt: now(), remainingMs: left, answers: latest.current, ...(drill.generator ? { seed } : {}) });
  };
  const scheduleSave = (): void => {
    const wait = saved.current.at + SAVE_EVERY_MS - now();
    if (wait <= 0) save();
    else saved.current.timer ??= setTimeout(save, wait);
  };
  useEffect(() => {
    save();
    return () => clearTimeout(saved.current.timer);
  }, []);

  const submit = (timedOut: boolean): void => {
    clearTimeout(saved.current.timer);
    const final = latest.current;
    const graded: Graded = drill.sections ? { kind: 'sketch', result: gradeDrill(drill, final) } : { kind: 'round', result: gradeSubnetRound(drill.id, problems, final) };
    const history = store.keep({ startedAt: resume?.startedAt ?? clockStart.current, timedOut, answers: final, score: graded.result.score, verdict: graded.result.verdict, result: graded.result });
    store.clearDraft();
    setDone({ graded, history, timedOut });
  };

  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => {
      const c = remaining(clockStart.current, now(), limitMs);
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
    latest.current = { ...latest.current, [item.key]: value.text };
    scheduleSave();
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
    if (key.ctrl && input === 'c') {
      save();
      exit();
    } else if (key.escape) {
      save();
      exit();
    } else if (key.tab) go(key.shift ? index - 1 : index + 1);
    else if (key.ctrl && input === 's') submit(false);
  });

  if (done) {
    return done.graded.kind === 'sketch' ? (
      <DrillResults result={done.graded.result} history={done.history} timedOut={done.timedOut} width={width} />
    ) : (
      <RoundResults result={done.graded.result} history={done.history} timedOut={done.timedOut} width={width} />
    );
  }
  const clockLabel = ` ${clock.label} left`;
  const clockTone = clock.state === 'running' ? undefined : tone('bad');
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
        <Editor value={{ text, cursor: Math.min(cursor, text.length) }} onChange={setText} onSubmit={enter} width={width - 2} maxRows={6} placeholder={item.oneLine ? 'a prefix such as /24' : 'your answer'} />
      </Box>
      <Text dimColor wrap="wrap">{index === items.length - 1 ? 'Enter submits the attempt · Ctrl-J new line · Esc leave (draft kept)' : 'Enter next · Ctrl-J new line · Esc leave (draft kept)'}</Text>
    </Box>
  );
}
