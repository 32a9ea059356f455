/**
 * Word lists: function words (dropped before matching, counted to tell a
 * statement from a keyword list) and negators (open a negated scope).
 */

/** Words that open a negated scope running to the end of the clause or the next comma. */
export const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nor', 'neither', 'without', 'none', 'nothing', 'nobody', 'nowhere', 'unlike']);

/**
 * Two-word negators: "rather than X", "instead of X", "a myth that X",
 * "wrong to say X", "false that X" negate X. The first word alone does not.
 */
export const NEGATOR_FOLLOWERS = new Map<string, readonly string[]>([
  ['rather', ['than']],
  ['instead', ['of']],
  ['myth', ['that']],
  ['misconception', ['that']],
  ['false', ['that']],
  ['untrue', ['that']],
  ['wrong', ['to', 'that']],
  ['incorrect', ['to', 'that']],
]);

/** Function words: articles, pronouns, auxiliaries, prepositions, conjunctions. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those it its it is they them their there here i you your we our he she his her me my us ' +
    'is are was were be been being am do does did doing done has have had having will would shall should can could may might must ' +
    'of to in on at by for with from into onto over under about as than then so if because since while whereas but and or also ' +
    'which who whom whose what when where why how each every some such just very ' +
    'up down out off again once too via per eg ie e g etc vs yes rather instead after before during between through within against among until ' +
    'past beyond across along around upon toward towards despite except throughout beneath beside'
  ).split(' '),
);

/** Words that usually carry the verb of a statement (for the keyword-list check). */
export const STATEMENT_WORDS = new Set(
  'is are was were be been being do does did has have had will would can could should must may might cannot not no never means lets gives runs uses needs makes takes'.split(' '),
);
