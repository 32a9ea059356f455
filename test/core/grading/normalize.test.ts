import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/grading/normalize.js';
import { sanitize } from '../../../src/core/grading/sanitize.js';

// [label, input, expected]: one line per case (string-width style).
const CASES: [string, string, string][] = [
  ['empty', '', ''],
  ['only spaces', '   \t \n ', ''],
  ['lower case', 'Fargate ECS', 'fargate ecs'],
  ['collapses whitespace', 'a  \t b\n\nc', 'a b c'],
  ['trims', '  x  ', 'x'],
  ['drops punctuation', 'Hello, world! (yes?)', 'hello world yes'],
  ['isn\'t', "Fargate isn't an orchestrator", 'fargate is not an orchestrator'],
  ['doesn\'t', "it doesn't", 'it does not'],
  ['don\'t', "don't", 'do not'],
  ['aren\'t', "they aren't", 'they are not'],
  ['can\'t', "you can't", 'you cannot'],
  ['won\'t', "it won't", 'it will not'],
  ['wasn\'t', "wasn't", 'was not'],
  ['shouldn\'t', "shouldn't", 'should not'],
  ['curly apostrophe', 'isn\u2019t', 'is not'],
  ['it\'s', "it's fine", 'it is fine'],
  ['they\'re', "they're", 'they are'],
  ['possessive', "Fargate's hosts", 'fargate hosts'],
  ['quote marks', '"quoted" \'single\'', 'quoted single'],
  ['a rate said as one word', 'Billed hourly, reported DAILY', 'billed per hour reported per day'],
  ['weekly, monthly, yearly', 'weekly monthly yearly', 'per week per month per year'],
  ['only whole words are rates', 'hourlyrate the earthly', 'hourlyrate the earthly'],
  ['thousands separator', '1,000 tasks and 65,536 ports', '1000 tasks and 65536 ports'],
  ['two thousands separators', '1,000,000', '1000000'],
  ['not three digits after the comma', '1,0000 and 1,00', '1 0000 and 1 00'],
  ['a comma after a letter', 'a,000 and \u03b1,000', 'a 000 and \u03b1 000'],
  ['hyphen between accented letters kept', 'Caf\u00e9-cr\u00e8me \u03a9-\u0394', 'caf\u00e9-cr\u00e8me \u03c9-\u03b4'],
  ['trailing hyphen after an accented letter dropped', 'na\u00efve-', 'na\u00efve'],
  ['a dash glued to the next word only', 'x -y', 'x y'],
  ['word-digit hyphen kept', 'x-5', 'x-5'],
  ['version dots kept', 'v1.2.3', 'v1.2.3'],
  ['slash before a letter dropped', '/24 and /x', '/24 and x'],
  ['plus before a digit kept', '50% +1', '50% +1'],
  ['inner apostrophe joins', "rock'n'roll", 'rocknroll'],
  ['leading and doubled spaces', '  lead  and  b', 'lead and b'],
  ['NFKC full-width', '\uff26\uff41\uff52\uff47\uff41\uff54\uff45', 'fargate'],
  ['NFKC ligature', '\ufb01le', 'file'],
  ['NFKC superscript', 'x\u00b2', 'x2'],
  ['accented letters kept', 'Caf\u00e9', 'caf\u00e9'],
  ['ANSI colour stripped', '\u001b[31mred\u001b[0m', 'red'],
  ['ANSI cursor move stripped', 'a\u001b[2Jb', 'ab'],
  ['OSC title stripped', '\u001b]0;pwned\u0007ok', 'ok'],
  ['bell and backspace stripped', 'a\u0007b\u0008c', 'abc'],
  ['C1 control stripped', 'a\u0085b', 'ab'],
  ['8-bit CSI stripped', 'a\u009b31mb', 'ab'],
  ['zero-width space stripped', 'far\u200bgate', 'fargate'],
  ['bidi override stripped', '\u202eabc', 'abc'],
  ['CRLF is whitespace', 'a\r\nb', 'a b'],
  ['decimal kept', '0.25 vCPU', '0.25 vcpu'],
  ['sentence dot dropped', 'Done.', 'done'],
  ['dot after number dropped', 'It is 80.', 'it is 80'],
  ['e.g. dropped', 'e.g. S3', 'e g s3'],
  ['CIDR block kept', '10.0.0.0/24', '10.0.0.0/24'],
  ['CIDR prefix kept', 'a /24 subnet', 'a /24 subnet'],
  ['word slash word splits', 'read/write', 'read write'],
  ['HTTP/2 kept', 'HTTP/2', 'http/2'],
  ['percent kept', '80% CPU', '80% cpu'],
  ['glued unit kept', '512MiB', '512mib'],
  ['hyphenated word kept', 'scale-to-zero', 'scale-to-zero'],
  ['number-unit hyphen kept', '60-minute', '60-minute'],
  ['dangling dash dropped', 'a - b', 'a b'],
  ['negative number kept', 'is -5', 'is -5'],
  ['the multiplication sign is an x', '80 \u00d7 vCPU, 2\u00d72', '80 x vcpu 2 x 2'],
  ['a hyphen between numbers is a range, like an en dash', '2-8 GB, 2\u20138 GB', '2 8 gb 2 8 gb'],
  ['em dash is a space', 'ECS\u2014the scheduler', 'ecs the scheduler'],
  ['plus kept', 'C++', 'c++'],
  ['underscore is a space', 'min_instances', 'min instances'],
  ['emoji dropped', 'ok \u{1F600} go', 'ok go'],
  ['tabs inside', 'a\tb', 'a b'],
];

describe('normalize', () => {
  it.each(CASES)('%s', (_label, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each(CASES)('is idempotent: %s', (_label, input) => {
    const once = normalize(input);
    expect(normalize(once)).toBe(once);
  });
});

describe('sanitize', () => {
  it('keeps newlines and tabs but no escape sequence', () => {
    expect(sanitize('a\n\tb\u001b[1mc\u001b[0m\r\n')).toBe('a\n\tbc\n');
  });
  it('leaves plain text untouched (same string)', () => {
    const s = 'plain text, nothing to strip.';
    expect(sanitize(s)).toBe(s);
  });
  it('removes an unterminated OSC and a lone ESC', () => {
    expect(sanitize('x\u001b]8;;http://evil')).toBe('x');
    expect(sanitize('x\u001b')).toBe('x');
  });
});

describe('normalize: a time unit after its number is one word', () => {
  it.each([
    ['past 60 min', 'past 60 minutes'],
    ['30 sec or 30 s or 30 secs', '30 seconds or 30 seconds or 30 seconds'],
    ['2 hrs, 1 hour, 1.5 h', '2 hours 1 hours 1.5 hours'],
    ['a 15 minute cap', 'a 15 minutes cap'],
    // Not a unit: a minimum of instances, or no number before it.
    ['set 2 min instances', 'set 2 min instances'],
    ['min 2, s3 bucket, h100', 'min 2 s3 bucket h100'],
  ])('%s → %s', (text, expected) => expect(normalize(text)).toBe(expected));
});
