export * from './schema.js';
export { parseDeck, parseDrill, type ParseResult } from './parse.js';
