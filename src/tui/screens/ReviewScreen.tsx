import { useRef, useState, type MutableRefObject } from 'react';
import { Box, Text } from 'ink';
import type { Verdict } from '../../core/grading/index.js';
import type { Graded, ReviewSession } from '../backend.js';
import type { ScreenName } from '../key-map.js';
import { Editor } from '../components/Editor.js';
import { Feedback, feedbackRows } from '../components/Feedback.js';
import { fold, rowCount, shareRows } from '../fold.js';
import { ReviewHeader } from '../components/ReviewHeader.js';
import { Summary } from '../components/Summary.js';
import { emptyEditor, type EditorState } from '../editor-state.js';
import { useElapsed } from '../hooks/use-elapsed.js';
import { useKeys } from '../hooks/use-keys.js';
import { fit } from '../text-fit.js';
import { hintRows, wrapRows } from '../wrap-rows.js';
import { describeError } from '../describe-error.js';

export interface ReviewScreenProps {
  session: ReviewSession;
  width: number;
  /** Terminal rows: on a short terminal the feedback folds the model answer (then the answer, the prompt) to fit. */
  rows?: number;
  now: () => number;
  onExit: () => void;
  onHelp: (screen: ScreenName) => void;
  active?: boolean;
  /** Set to the unsent answer, so Ctrl-C can ask before dropping it. */
  draftRef?: MutableRefObject<string>;
  /** Set true while a graded answer waits for its rating, so Ctrl-C asks before leaving it unsaved. */
  gradedRef?: MutableRefObject<boolean>;
  /** Set false in tests to stop the clock ticking. */
  tick?: boolean;
}

type Phase = { at: 'typing' } | { at: 'feedback'; graded: Graded; confirmUndo?: boolean; expanded?: boolean; saveError?: string } | { at: 'summary' };

/** What the header says about the card beyond its place in the session. */
function itemNote(item: { changed?: boolean; pulled?: boolean }): string | undefined {
  const notes = [item.changed ? 'changed since your last review' : '', item.pulled ? 'pulled forward by a drill' : ''].filter(Boolean);
  return notes.length ? notes.join(' · ') : undefined;
}

/** One card after another: type, submit, see the grade, rate; a summary at the end. */
export function ReviewScreen({ session, width, rows = Number.POSITIVE_INFINITY, now, onExit, onHelp, active = true, draftRef, gradedRef, tick = true }: ReviewScreenProps) {
  const [phase, setPhase] = useState<Phase>(() => (session.current() ? { at: 'typing' } : { at: 'summary' }));
  const [editor, setEditor] = useState<EditorState>(emptyEditor);
  const [cardStart, setCardStart] = useState(now);
  const sessionStart = useRef(now());
  const history = useRef<{ answer: string; verdict: Verdict }[]>([]);
  const [, rerender] = useState(0);
  const seconds = useElapsed(cardStart, now, tick && phase.at === 'typing');
  if (draftRef) draftRef.current = phase.at === 'typing' ? editor.text : '';
  if (gradedRef) gradedRef.current = phase.at === 'feedback';
  const canUndo = history.current.length > 0;
  /** Keys that act on an empty answer (typed as text otherwise). */
  const emptyAnswerKey = (input: string, value: EditorState): boolean => value.text === '' && (input === '?' || (input === 'u' && canUndo));

  const next = (): void => {
    setEditor(emptyEditor);
    setCardStart(now());
    setPhase(session.current() ? { at: 'typing' } : { at: 'summary' });
  };
  const undo = (): void => {
    if (!session.undo()) return;
    const last = history.current.pop();
    setEditor({ text: last?.answer ?? '', cursor: last?.answer.length ?? 0 });
    setCardStart(now());
    setPhase({ at: 'typing' });
  };
  const rate = (graded: Graded, rating: 1 | 2 | 3 | 4): void => {
    try {
      session.record(rating, editor.text, now() - cardStart, graded);
    } catch (error) {
      // Not on disk (a full disk, a lost lock): never move on as if saved; the answer stays on screen.
      setPhase({ at: 'feedback', graded, saveError: `Not saved: ${describeError(error)}` });
      return;
    }
    history.current.push({ answer: editor.text, verdict: graded.result.verdict });
    next();
  };

  useKeys((input, key) => {
    if (phase.at === 'typing') {
      if (key.escape) setPhase({ at: 'summary' });
      else if (input === '?' && editor.text === '') onHelp('review');
      else if (input === 'u' && emptyAnswerKey(input, editor)) undo();
      return;
    }
    if (phase.at === 'feedback' && phase.confirmUndo) {
      if (input === 'y') undo();
      else if (input === 'n' || key.escape || key.return) setPhase({ ...phase, confirmUndo: false });
      return;
    }
    if (phase.at === 'feedback') {
      if (key.return) rate(phase.graded, phase.graded.suggested);
      else if (/^[1-4]$/.test(input)) rate(phase.graded, Number(input) as 1 | 2 | 3 | 4);
      // Undo would drop this graded, unrated answer: ask first.
      else if (input === 'u' && canUndo) setPhase({ ...phase, confirmUndo: true });
      else if (input === 'q' || key.escape) setPhase({ at: 'summary' });
      else if (input === 'm') setPhase({ ...phase, expanded: !phase.expanded });
      else if (input === '?') onHelp('feedback');
      return;
    }
    if (key.return || input === 'q' || key.escape) onExit();
    else if (input === 'u') undo();
    else if (input === '?') onHelp('summary');
    rerender((n) => n + 1);
  }, active);

  const item = session.current();
  if (phase.at === 'summary' || !item) {
    return (
      <Summary
        verdicts={history.current.map((h) => h.verdict)}
        seconds={Math.floor((now() - sessionStart.current) / 1000)}
        nextDue={session.nextDue()}
        now={session.now()}
        persistent={session.persistent}
      />
    );
  }
  const prompt = item.prompt ?? item.card.prompt;
  const model = item.answer ?? item.card.answer;
  const answer = editor.text || '(empty)';
  let shown = { prompt, answer, modelRows: undefined as number | undefined, tight: false };
  if (phase.at === 'feedback' && Number.isFinite(rows)) {
    // Header, deck line, blank, "Your answer", blank, the feedback around the model answer, and one spare row.
    let room = rows - 6 - (itemNote(item) ? 1 : 0) - feedbackRows(phase.graded, width, canUndo) - (phase.confirmUndo ? 2 : 0);
    const want = { prompt: rowCount(prompt, width), answer: rowCount(answer, width), model: phase.expanded ? 0 : rowCount(model, width) };
    // Too tall: first drop the deck line and the blank rows.
    const tight = want.prompt + want.answer + want.model > room;
    if (tight) room += 3;
    const share = shareRows(room, want);
    const cut = (text: string, n: number): string => {
      const f = fold(text, width, n);
      return f.hidden ? `${f.text.slice(0, Math.max(0, f.text.length - 1))}…` : text;
    };
    shown = { prompt: cut(prompt, share.prompt), answer: cut(answer, share.answer), modelRows: !phase.expanded && share.model < want.model ? share.model : undefined, tight };
  }
  return (
    <Box flexDirection="column" width={width}>
      <ReviewHeader done={session.done()} total={session.total()} seconds={seconds} width={width} note={itemNote(item)} />
      {shown.tight ? null : <Text dimColor>{fit(`${item.deck.title} · ${item.card.kind}`, width)}</Text>}
      <Text>{wrapRows(shown.prompt, width).join('\n')}</Text>
      {shown.tight ? null : <Text> </Text>}
      {phase.at === 'typing' ? (
        <>
          <Box borderStyle="single" width={width} paddingX={0}>
            <Editor
              value={editor}
              onChange={setEditor}
              onSubmit={() => setPhase({ at: 'feedback', graded: session.grade(editor.text, now() - cardStart, editor.pasted) })}
              width={width - 2}
              active={active}
              placeholder="type your answer"
              ignore={emptyAnswerKey}
            />
          </Box>
          <Text dimColor>{hintRows(['Enter submit', 'Ctrl-J new line', 'Esc end'], width).join('\n')}</Text>
          {/* These keys act only before anything is typed (after that they are letters of the answer). */}
          <Text dimColor>{hintRows([`Before typing: ? help`, ...(canUndo ? ['u undo the last rating'] : [])], width).join('\n')}</Text>
        </>
      ) : (
        <>
          <Text dimColor>Your answer</Text>
          <Text>{wrapRows(shown.answer, width).join('\n')}</Text>
          {shown.tight ? null : <Text> </Text>}
          <Feedback graded={phase.graded} modelAnswer={model} width={width} modelRows={shown.modelRows} canUndo={canUndo} />
          {phase.confirmUndo ? <Text wrap="wrap">Undo the last rating, dropping this answer? y undo · n keep</Text> : null}
          {phase.saveError ? <Text wrap="wrap" color="red">{phase.saveError}</Text> : null}
        </>
      )}
    </Box>
  );
}
