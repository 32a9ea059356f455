/**
 * The team-session wire protocol: JSON text frames, each with `v: 1` and a
 * `type`, one zod discriminated union per direction. Both sides validate at
 * the socket's edge with `parseClientMessage` / `parseHostMessage` and never
 * look at a message that failed. Strings from the other side are sanitized
 * before they reach a terminal (see sanitize in core/grading).
 */
import { z } from 'zod';
import { MAX_MESSAGE_BYTES, PROTOCOL_VERSION } from './limits.js';

const v = z.literal(PROTOCOL_VERSION);
const short = z.string().max(200);
const count = z.number().int().min(0);
const ms = z.number().min(0);
const verdict = z.enum(['correct', 'partial', 'incorrect']);

// ---------------------------------------------------------------- player → host

export const joinMessage = z.strictObject({
  v,
  type: z.literal('join'),
  code: z.string().max(32),
  name: z.string().max(200),
  /** The resume token from an earlier welcome: the same player comes back with their score. */
  token: z.string().max(128).optional(),
});

export const answerMessage = z.strictObject({
  v,
  type: z.literal('answer'),
  /** The question index the answer is for (an answer to an old question is refused, not graded). */
  index: count,
  text: z.string().max(MAX_MESSAGE_BYTES),
});

export const clientMessage = z.discriminatedUnion('type', [joinMessage, answerMessage]);
export type ClientMessage = z.infer<typeof clientMessage>;

// ---------------------------------------------------------------- host → player

export const boardEntry = z.strictObject({ rank: count, id: short, name: short, points: count, connected: z.boolean() });
export type BoardEntry = z.infer<typeof boardEntry>;

export const questionBody = z.strictObject({
  index: count,
  total: count,
  kind: short,
  prompt: z.string().max(8_000),
  choices: z.array(z.string().max(1_000)).max(20).optional(),
  /** Time left when the message was sent (never a clock time: clocks differ). */
  remainingMs: ms,
  limitMs: ms,
  paused: z.boolean(),
  /** This player has answered already (after a rejoin). */
  answered: z.boolean(),
  /** False for a late joiner with too little time left: they wait for the next question. */
  open: z.boolean(),
});

const criterion = z.strictObject({ id: short, met: z.boolean(), evidence: z.string().max(1_000).optional(), hint: z.string().max(1_000).optional() });

export const ownResult = z.strictObject({
  answer: z.string().max(MAX_MESSAGE_BYTES / 2),
  score: z.number().min(0).max(1),
  verdict,
  points: count,
  timeMs: ms,
  criteria: z.array(criterion).max(50),
  notes: z.array(z.string().max(1_000)).max(20),
});
export type OwnResult = z.infer<typeof ownResult>;

export const spread = z.strictObject({ correct: count, partial: count, incorrect: count, unanswered: count });
export type Spread = z.infer<typeof spread>;

export const hostMessage = z.discriminatedUnion('type', [
  z.strictObject({ v, type: z.literal('welcome'), id: short, name: short, token: short, points: count, total: count }),
  z.strictObject({ v, type: z.literal('lobby'), players: z.array(short).max(1_000), locked: z.boolean() }),
  z.strictObject({ v, type: z.literal('question'), question: questionBody }),
  z.strictObject({ v, type: z.literal('timer'), index: count, remainingMs: ms, paused: z.boolean() }),
  z.strictObject({ v, type: z.literal('progress'), index: count, answered: count, of: count }),
  z.strictObject({ v, type: z.literal('ack'), index: count, accepted: z.boolean(), reason: short.optional() }),
  z.strictObject({
    v,
    type: z.literal('reveal'),
    index: count,
    total: count,
    /** What the rubric looks for (criterion ids), sent only now. */
    rubric: z.array(short).max(50),
    modelAnswer: z.string().max(8_000),
    /** `deckId/cardId` and content hash: a player with `--count` records it as a review of that card. */
    card: z.strictObject({ key: short, hash: short.optional() }),
    mine: ownResult.optional(),
    spread,
    board: z.array(boardEntry).max(1_000),
  }),
  z.strictObject({ v, type: z.literal('board'), index: count, total: count, board: z.array(boardEntry).max(1_000) }),
  z.strictObject({ v, type: z.literal('end'), board: z.array(boardEntry).max(1_000) }),
  z.strictObject({ v, type: z.literal('bye'), reason: short }),
]);
export type HostMessage = z.infer<typeof hostMessage>;
export type HostMessageOf<T extends HostMessage['type']> = Extract<HostMessage, { type: T }>;

/** Why a frame was refused; the connection is closed with this reason. */
export type ParseFailure = { ok: false; reason: string };

function parseWith<T>(schema: z.ZodType<T>, text: string): { ok: true; message: T } | ParseFailure {
  if (text.length > MAX_MESSAGE_BYTES) return { ok: false, reason: `message over ${MAX_MESSAGE_BYTES} bytes` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  const type = (value as { type?: unknown } | null)?.type;
  const version = (value as { v?: unknown } | null)?.v;
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'a message must be a JSON object' };
  if (version !== PROTOCOL_VERSION) return { ok: false, reason: `unsupported protocol version ${JSON.stringify(version ?? null).slice(0, 20)} (this host speaks v${PROTOCOL_VERSION})` };
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, message: result.data };
  const known = (schema as unknown as { options?: { shape: { type: { value: string } } }[] }).options?.some((o) => o.shape.type.value === type);
  if (!known) return { ok: false, reason: `unknown message type ${JSON.stringify(String(type)).slice(0, 40)}` };
  const issue = result.error.issues[0];
  return { ok: false, reason: `invalid ${String(type)} message: ${issue ? `${issue.path.join('.') || 'message'} ${issue.message}` : 'bad shape'}` };
}

/** Validates a frame from a player. */
export const parseClientMessage = (text: string) => parseWith(clientMessage, text);
/** Validates a frame from the host. */
export const parseHostMessage = (text: string) => parseWith(hostMessage, text);

/** Builds a message with the version stamped on. */
export function hostMsg<T extends HostMessage['type']>(type: T, body: Omit<HostMessageOf<T>, 'v' | 'type'>): HostMessageOf<T> {
  return { v: PROTOCOL_VERSION, type, ...body } as HostMessageOf<T>;
}
