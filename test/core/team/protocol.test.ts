import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, joinBackoffMs, JOIN_FAILURES_ALLOWED, JOIN_BACKOFF_MS, JOIN_BACKOFF_MAX_MS, MAX_NAME_CHARS } from '../../../src/core/team/limits.js';
import { parseClientMessage, parseHostMessage } from '../../../src/core/team/protocol.js';
import { answerPoints, POINTS_FORMULA } from '../../../src/core/team/scoring.js';
import { oneLine, uniqueName } from '../../../src/core/team/names.js';
import { cleanMessage } from '../../../src/core/team/player-view.js';

const answer = (text: string): string => JSON.stringify({ v: 1, type: 'answer', index: 0, text });
/** The `text` length that makes an answer frame exactly `bytes` long. */
const fill = (bytes: number): string => 'x'.repeat(bytes - answer('').length);

describe('client messages', () => {
  it('accepts a join and an answer', () => {
    expect(parseClientMessage(JSON.stringify({ v: 1, type: 'join', code: '123456', name: 'ana' }))).toEqual({ ok: true, message: { v: 1, type: 'join', code: '123456', name: 'ana' } });
    expect(parseClientMessage(answer('42'))).toEqual({ ok: true, message: { v: 1, type: 'answer', index: 0, text: '42' } });
  });
  it('a frame of exactly MAX_MESSAGE_BYTES passes; one byte more is refused', () => {
    expect(answer(fill(MAX_MESSAGE_BYTES)).length).toBe(MAX_MESSAGE_BYTES);
    expect(parseClientMessage(answer(fill(MAX_MESSAGE_BYTES))).ok).toBe(true);
    expect(parseClientMessage(answer(fill(MAX_MESSAGE_BYTES + 1)))).toEqual({ ok: false, reason: 'message over 16384 bytes' });
  });
  it.each([
    ['{not json', 'invalid JSON'],
    ['[1,2]', 'unsupported protocol version null (this host speaks v1)'],
    ['"text"', 'a message must be a JSON object'],
    ['{"v":2,"type":"answer","index":0,"text":"x"}', 'unsupported protocol version 2 (this host speaks v1)'],
    ['{"v":1,"type":"chat","text":"hi"}', 'unknown message type "chat"'],
    ['{"v":1,"type":"answer","index":-1,"text":"x"}', 'invalid answer message: index Too small: expected number to be >=0'],
    ['{"v":1,"type":"answer","index":0,"text":"x","extra":1}', 'invalid answer message: message Unrecognized key: "extra"'],
    ['{"v":1,"type":"join","code":"1","name":"' + 'n'.repeat(201) + '"}', 'invalid join message: name Too big: expected string to have <=200 characters'],
  ])('refuses %s with a reason', (frame, reason) => {
    expect(parseClientMessage(frame)).toEqual({ ok: false, reason });
  });
  it('a host message is not a client message and the other way round', () => {
    expect(parseClientMessage(JSON.stringify({ v: 1, type: 'bye', reason: 'x' }))).toEqual({ ok: false, reason: 'unknown message type "bye"' });
    expect(parseHostMessage(answer('x'))).toEqual({ ok: false, reason: 'unknown message type "answer"' });
  });
});

describe('limits', () => {
  it('wrong codes: no wait until JOIN_FAILURES_ALLOWED, then doubling up to the cap', () => {
    expect(joinBackoffMs(JOIN_FAILURES_ALLOWED - 1)).toBe(0);
    expect(joinBackoffMs(JOIN_FAILURES_ALLOWED)).toBe(JOIN_BACKOFF_MS);
    expect(joinBackoffMs(JOIN_FAILURES_ALLOWED + 1)).toBe(2 * JOIN_BACKOFF_MS);
    expect(joinBackoffMs(JOIN_FAILURES_ALLOWED + 40)).toBe(JOIN_BACKOFF_MAX_MS);
  });
  it('names: escapes and controls removed, one line, MAX_NAME_CHARS at most, unique', () => {
    expect(oneLine('a\u001b[2J\u001b]0;pwned\u0007b\n c\t', MAX_NAME_CHARS)).toBe('ab c');
    expect([...oneLine('é'.repeat(40), MAX_NAME_CHARS)].length).toBe(MAX_NAME_CHARS);
    expect(uniqueName('Ana', ['ana'], 'player 2')).toBe('Ana (2)');
    expect(uniqueName('\u001b[31m', [], 'player 1')).toBe('player 1');
    expect(uniqueName('x'.repeat(30), ['x'.repeat(24)], 'p')).toBe(`${'x'.repeat(20)} (2)`);
  });
  it('every string a host sends is cleaned before the player prints it', () => {
    expect(cleanMessage({ a: ['x\u001b[31my'], b: { c: '\u009b2Jz' }, n: 3 })).toEqual({ a: ['xy'], b: { c: 'z' }, n: 3 });
  });
});

describe('scoring', () => {
  it(`follows ${POINTS_FORMULA}`, () => {
    expect(answerPoints(1, 60_000, 60_000)).toBe(1500);
    expect(answerPoints(1, 0, 60_000)).toBe(1000);
    expect(answerPoints(0.5, 30_000, 60_000)).toBe(625);
    expect(answerPoints(0, 60_000, 60_000)).toBe(0);
  });
  it('is monotonic in score and in time left, and clamps out-of-range input', () => {
    expect(answerPoints(0.6, 10_000, 60_000)).toBeLessThan(answerPoints(0.7, 10_000, 60_000));
    expect(answerPoints(0.6, 10_000, 60_000)).toBeLessThan(answerPoints(0.6, 20_000, 60_000));
    expect(answerPoints(2, 120_000, 60_000)).toBe(1500);
    expect(answerPoints(1, 10, 0)).toBe(1000);
  });
});
