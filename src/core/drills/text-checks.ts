/**
 * Structural checks over the words of an attempt: static credentials, plain
 * HTTP to the internet and `latest` image tags. A sentence that negates or
 * disapproves of the practice ("never use static keys", "static credentials
 * are a bad idea", "the task role replaces access keys", "the latest tag is
 * mutable, so we use the git SHA") passes; plain HTTP counts only in a clause
 * that puts it on the public side.
 */
import type { CheckResult } from './fargate-size.js';

/** The answers of an attempt, by section id. */
export type Answers = Readonly<Record<string, string>>;

/** Words by which a sentence denies or disapproves of the practice it names. */
const NEGATION = /\b(?:no|not|never|without|avoid\w*|instead|don'?t|do not|rather than|nor|none|bad|worse|risk\w*|insecure|unsafe|leak\w*|replac\w+|mutable|unnecessary|no need|eliminat\w*|get rid|forbid\w*|ban(?:ned)?|discourag\w*|anti-?pattern)\b/i;

/** Clauses of a sentence: split where a new statement starts, so a word in one does not vouch for another. */
function clauses(sentence: string): string[] {
  return sentence.split(/,?\s+(?:and|but|while|whereas|so)\s+|[,;:]\s+(?=\w)/i).map((c) => c.trim()).filter(Boolean);
}

/** Sentences (or lines) of every answer, labelled with their section id. */
function sentences(answers: Answers): { section: string; text: string }[] {
  return Object.entries(answers).flatMap(([section, text]) =>
    text.split(/(?<=[.;!?])\s+|\n+/).map((s) => ({ section, text: s.trim() })).filter((s) => s.text),
  );
}

function firstHit(answers: Answers, matches: (sentence: string) => boolean): { section: string; text: string } | undefined {
  return sentences(answers).find((s) => matches(s.text));
}

/** A sentence test: true when the sentence shows the practice a check calls out. */
export type SentenceMatcher = (sentence: string) => boolean;

/** Every section with a sentence `matches` flags, in answer order, without repeats. */
export function sectionsMatching(answers: Answers, matches: SentenceMatcher): string[] {
  return [...new Set(sentences(answers).filter((s) => matches(s.text)).map((s) => s.section))];
}

const ACCESS_KEY_ID = /\bA(?:KIA|SIA)[0-9A-Z]{16}\b/;
const CREDENTIAL_TALK = /(?:access[ _-]?keys?|secret[ _-]?(?:access[ _-]?)?keys?|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|hard-?coded (?:credentials|keys|secrets)|static (?:credentials|keys)|service[ -]account (?:json )?key(?:s| file)?|key file)/i;

export const staticCredentials: SentenceMatcher = (s) => ACCESS_KEY_ID.test(s) || (CREDENTIAL_TALK.test(s) && !NEGATION.test(s));

export function checkStaticCredentials(answers: Answers): CheckResult {
  const id = 'static-credentials';
  const hit = firstHit(answers, staticCredentials);
  if (hit) {
    return { id, ok: false, message: `${hit.section}: static credentials ("${clip(hit.text)}"); use the task role (Fargate) or the service account (Cloud Run) instead of keys` };
  }
  return { id, ok: true, message: 'no static credentials' };
}

const LOCAL_HOST = /^(?:localhost|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|[^/:]*\.internal\b|[^/:]*\.local\b)/i;
const PLAIN_HTTP_TALK = /\b(?:plain(?:-text)?\s+http|http\s+only|unencrypted|cleartext|port\s+80\b|tls:\s*none|no\s+(?:tls|https))/i;
const INTERNET = /\b(?:internet|public|clients?|users?|browsers?|listener|exposed?)\b/i;
const INSIDE = /(?:\b(?:redirect\w*|internal(?:ly)?|inside|within|vpc|private|behind|containers?|tasks?|targets?)\b|\$PORT\b)/i;

/** Plain HTTP on the public side: in one clause, plain HTTP talk and who reaches it, nothing placing it inside. */
function plainHttpClause(clause: string): boolean {
  if (!PLAIN_HTTP_TALK.test(clause) || !INTERNET.test(clause) || INSIDE.test(clause)) return false;
  return !/\b(?:not|never|avoid|don'?t)\b/i.test(clause);
}

export const plainHttp: SentenceMatcher = (s) => {
  const urls = [...s.matchAll(/\bhttp:\/\/([^\s/"')]+)/gi)].map((m) => m[1]!);
  if (urls.some((host) => !LOCAL_HOST.test(host))) return true;
  return clauses(s).some(plainHttpClause);
};

export function checkPlainHttp(answers: Answers): CheckResult {
  const id = 'plain-http';
  const hit = firstHit(answers, plainHttp);
  if (hit) return { id, ok: false, message: `${hit.section}: plain HTTP to the internet ("${clip(hit.text)}"); terminate TLS at the load balancer or use the platform's HTTPS endpoint` };
  return { id, ok: true, message: 'no plain HTTP to the internet' };
}

const LATEST = /(?::latest\b|\blatest\s+tag\b|\btag(?:ged)?\s+(?:as\s+|with\s+)?[`"']?latest\b)/i;

export const latestTag: SentenceMatcher = (s) => LATEST.test(s) && !NEGATION.test(s);

export function checkLatestTag(answers: Answers): CheckResult {
  const id = 'latest-tag';
  const hit = firstHit(answers, latestTag);
  if (hit) return { id, ok: false, message: `${hit.section}: a :latest image tag ("${clip(hit.text)}"); tag images with the Git SHA so each deploy traces to a commit` };
  return { id, ok: true, message: 'no :latest image tags' };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
