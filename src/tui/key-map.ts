/** The keys of every screen, shown by the `?` overlay and in the report. */
export type ScreenName = 'home' | 'review' | 'feedback' | 'summary' | 'stats' | 'drill';

export const KEY_MAP: Record<ScreenName, [string, string][]> = {
  home: [
    ['↑/↓  j/k', 'move'],
    ['Enter', 'open the deck, drill or screen'],
    ['r', 'review every deck that is due'],
    ['s', 'stats'],
    ['?', 'this help'],
    ['q  Ctrl-C', 'quit'],
  ],
  review: [
    ['Enter', 'submit the answer'],
    ['Ctrl-J  Alt-Enter', 'new line'],
    ['←/→ ↑/↓', 'move in the answer'],
    ['Home/End  Ctrl-A/E', 'line start / end'],
    ['Ctrl-W', 'delete a word'],
    ['Esc', 'end the session (answered cards are saved)'],
    ['?', 'this help (when the answer is empty)'],
    ['u', 'undo the last rating (when the answer is empty)'],
    ['Ctrl-C', 'quit (asks before dropping a typed answer)'],
  ],
  feedback: [
    ['Enter', 'accept the suggested rating'],
    ['1 2 3 4', 'rate Again / Hard / Good / Easy instead'],
    ['m', 'show all of a folded model answer (short terminals)'],
    ['u', 'undo the last rating (asks: this graded answer is dropped)'],
    ['Esc  q', 'end the session (this answer is not saved)'],
    ['?', 'this help'],
    ['Ctrl-C', 'quit (asks first: this graded answer is not saved)'],
  ],
  summary: [
    ['Enter  q', 'back to home'],
    ['u', 'undo the last review'],
  ],
  stats: [['q  Esc', 'back'], ['?', 'this help']],
  drill: [
    ['Tab / Shift-Tab', 'next / previous section'],
    ['Enter', 'next section (submit on the last one)'],
    ['Ctrl-J  Alt-Enter', 'new line'],
    ['Ctrl-S', 'submit the attempt now'],
    ['Esc', 'leave (the draft is kept)'],
  ],
};
