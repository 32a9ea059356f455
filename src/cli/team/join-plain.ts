/**
 * `drillbit team join --plain`: one line per event; each question's answer is
 * read from stdin up to an empty line, as in `review --plain`.
 */
import type { PlayerView } from '../../core/team/player-view.js';
import { timeLeft } from '../../core/team/player-view.js';
import type { BoardEntry, HostMessage, HostMessageOf } from '../../core/team/protocol.js';
import { DrillbitError } from '../../core/errors.js';
import { stdinLines } from '../review-plain-io.js';
import { AnswerQueue } from './answer-queue.js';
import type { PlayerSession } from './player-session.js';

const out = (s: string): void => void process.stdout.write(`${s}\n`);
const words = (id: string): string => id.replace(/[-_.]+/g, ' ');
export const boardLines = (board: readonly BoardEntry[]): string[] => board.map((e) => `${e.rank}. ${e.name} ${e.points}${e.connected ? '' : ' (away)'}`);

/** The reveal as lines: own verdict, ✓/✗ per point, model answer, team spread, board. */
export function revealLines(m: HostMessageOf<'reveal'>): string[] {
  const lines = [`reveal ${m.index + 1}/${m.total}`];
  if (m.mine) {
    lines.push(`you: ${m.mine.verdict} (score ${m.mine.score.toFixed(2)}) +${m.mine.points} points in ${(m.mine.timeMs / 1000).toFixed(1)} s`);
    for (const c of m.mine.criteria) lines.push(c.met ? `  ✓ ${words(c.id)}${c.evidence ? ` "${c.evidence}"` : ''}` : `  ✗ ${words(c.id)}${c.hint ? ` - ${c.hint}` : ''}`);
  } else lines.push('you: no answer');
  lines.push(`model answer: ${m.modelAnswer}`);
  const s = m.spread;
  lines.push(`team: ${s.correct} correct, ${s.partial} partial, ${s.incorrect} incorrect, ${s.unanswered} unanswered`);
  return [...lines, ...boardLines(m.board)];
}

function questionLines(v: PlayerView, now: number): string[] {
  const q = v.question!;
  const lines = [`question ${q.index + 1}/${q.total} (${Math.ceil(timeLeft(v, now) / 1000)} s left)`, q.prompt];
  (q.choices ?? []).forEach((c, i) => lines.push(`  ${String.fromCharCode(97 + i)}) ${c}`));
  if (!q.open) lines.push('you joined late: this one is not yours to answer; the next question is');
  else if (q.answered) lines.push('answer received');
  return lines;
}

export async function runPlainJoin(player: PlayerSession): Promise<void> {
  const answers = new AnswerQueue(stdinLines());
  let asking = -1;
  player.subscribe((m: HostMessage | undefined) => {
    if (!m) return;
    const v = player.view();
    switch (m.type) {
      case 'welcome':
        return out(`joined as ${m.name}${m.points ? ` with ${m.points} points` : ''}`);
      case 'lobby':
        return out(`lobby: ${m.players.join(', ')}${m.locked ? ' (locked)' : ''}`);
      case 'question': {
        questionLines(v, player.clock()).forEach((l) => out(l));
        if (!m.question.open || m.question.answered) return;
        const index = (asking = m.question.index);
        void answers.next().then((text) => {
          if (asking === index && player.view().question?.index === index && player.view().stage === 'question') player.answer(text);
        });
        return;
      }
      case 'timer':
        return out(m.paused ? 'paused' : `${Math.ceil(m.remainingMs / 1000)} s left`);
      case 'ack':
        return out(m.accepted ? 'answer received' : `answer not taken: ${m.reason ?? 'refused'}`);
      case 'reveal':
        if (asking === m.index && !m.mine) out('time is up');
        asking = -1;
        answers.cancel();
        return revealLines(m).forEach((l) => out(l));
      case 'board':
        out(`board after ${m.index + 1}/${m.total}`);
        return boardLines(m.board).forEach((l) => out(l));
      case 'end':
        out('final board');
        boardLines(m.board).forEach((l) => out(l));
        return out(`podium: ${m.board.slice(0, 3).map((e) => `${e.rank}. ${e.name} ${e.points}`).join(' · ')}`);
      default:
        return;
    }
  });
  const result = await player.done;
  // Stop reading stdin, or an open pipe would keep the process alive after the session.
  process.stdin.destroy();
  if (!result.ok) throw new DrillbitError(result.byHost ? result.reason : `${result.reason}; run the same command to rejoin with your score`);
}
