import { describe, expect, it } from 'vitest';
import { cardEntities } from '../../../src/core/grading/entities.js';

describe('cardEntities: which capitalised words are names', () => {
  it('a name first met inside a sentence stays a name when a later sentence opens with it', () => {
    expect(cardEntities(['We use Fargate here. Fargate runs tasks.'])).toEqual(['fargate']);
  });

  it('a two-word name stays a name though the prose writes its first word in lower case', () => {
    expect(cardEntities(['We use Cloud Run here. The cloud is big.'])).toEqual(['cloud run']);
  });

  it('a capitalised run with a unit in it is no name', () => {
    expect(cardEntities(['It has Memory GiB and uses ECS.'])).toEqual(['ecs']);
  });

  it('blanks between the words of a name count once', () => {
    expect(cardEntities(['We use Cloud \t Run now.'])).toEqual(['cloud run']);
  });
});
