export { checkExamples, type ExampleCheck, type ExampleMismatch } from './examples.js';
export { probeDeck, type ProbeFinding, type ProbeReport, type KindTally } from './run.js';
export { generateMutants, PROBE_KINDS, type Mutant, type ProbeKind } from './mutants.js';
export { deckEntities, type Entity, type EntityModel } from './entities.js';
export { loadTagger, type Tagger } from './tagger.js';
