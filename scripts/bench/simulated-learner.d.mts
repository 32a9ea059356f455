export declare const TRUE_W: number[];
export declare function simulateHistory(options?: {
  cards?: number;
  reviews?: number;
  start?: number;
  newPerDay?: number;
  seed?: number;
  dayOf: (at: Date) => string;
  deckId?: string;
  source?: string;
}): string[];
