/**
 * Small, generic synonym groups (everyday English and general computing
 * vocabulary, not tied to any deck or question). Every word of a group is
 * matched as the group's first word; a word in two groups keeps the first.
 * Words are stemmed when the table is built, so group words must not share a
 * stem with an unrelated word (`locate` would capture `location`).
 */
const GROUPS = `
minimum min smallest lowest least
maximum max largest biggest highest greatest
begin start starts starting commence
end finish terminate stop
create make build construct generate
delete remove erase
insert add
put place
store save keep
find search look
get retrieve obtain fetch access
change modify alter update
use utilize employ
show display print output
input read enter
big large huge
small little tiny
fast quick rapid efficient
slow inefficient
many multiple several numerous
unlimited infinite unbounded arbitrary endless
error bug fault mistake
help aid assist
need require must
allow permit enable let
avoid prevent
element item entry
location address position
size length
copy duplicate
same identical equal
different distinct
whole entire complete full
part portion piece section segment
first initial beginning front
last final
next following subsequent
previous preceding prior
top head
bottom base
child children descendant
parent ancestor
link pointer reference
memory ram storage
program code software application
function method procedure routine subroutine
variable var
parameter argument arg param
integer int
character char
boolean bool
string text
return returns output
call invoke
declare define
hide hidden conceal encapsulate encapsulation
simulate model imitate mimic emulate
behavior behaviour functionality
sort order arrange
split divide partition
join merge combine concatenate
loop iterate repeat iteration
one 1 once single
two 2 twice
zero 0 none
three 3
`;

/**
 * The canonical stem of every word of `groups` (one group a line, words split
 * by blanks): the stem of its group's first word; a word in two groups keeps
 * the first. Lines of fewer than two words are no groups.
 */
export function synonymTable(groups: string, stem: (w: string) => string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of groups.split('\n')) {
    const ws = line.trim().split(/\s+/);
    if (ws.length < 2) continue;
    const head = stem(ws[0]!);
    for (const w of ws) {
      const s = stem(w);
      if (!table.has(s)) table.set(s, head);
    }
  }
  return table;
}

/** Stem-level canonical form; built on first use with the stemmer passed in. */
let table: Map<string, string> | undefined;

/** Canonical stem for `stemmed` (itself when it has no synonym group). */
export function canonical(stemmed: string, stem: (w: string) => string): string {
  table ??= synonymTable(GROUPS, stem);
  return table.get(stemmed) ?? stemmed;
}
