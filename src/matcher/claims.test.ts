import { describe, expect, it } from 'vitest';
import { compileClaims } from './claims-compile';
import { matchClaims, sentenceSpans } from './claims';
import { tokenize } from './normalize';
import { stem } from './stem';

const compiled = compileClaims([
  {
    id: 'bus',
    claimReviewed: 'Leaving the EU would free up £350 million a week for the NHS',
    rating: 'Misleading',
    phrases: ['£350 million a week'],
    keyTerms: ['350', 'million', 'week', 'NHS', 'EU'],
  },
  {
    id: 'douma',
    claimReviewed: 'The 2018 Douma chemical attack was staged',
    rating: 'False',
    phrases: ['Douma attack was staged'],
    keyTerms: ['Douma', 'chemical', 'attack', 'staged'],
  },
]);

describe('claims', () => {
  it('stems common inflections and no more', () => {
    expect(['attacks', 'attacked', 'attacking', 'staged', 'stage', 'stopped', 'policies', 'news', 'crisis'].map(stem)).toEqual([
      'attack', 'attack', 'attack', 'stag', 'stag', 'stop', 'policy', 'new', 'crisis',
    ]);
  });

  it('splits sentences at terminal punctuation followed by space', () => {
    const text = 'One two. Three “four.” Five? Six';
    const spans = sentenceSpans(text, tokenize(text));
    expect(spans).toEqual([[0, 2], [2, 4], [4, 5], [5, 6]]);
  });

  it('finds an exact phrase and says so', () => {
    const text = 'The bus said £350 million a week would go to hospitals. Then nothing.';
    const [m] = matchClaims(compiled, text);
    expect(m).toMatchObject({ how: 'phrase', claim: 0 });
    expect(text.slice(m!.start, m!.end)).toBe('The bus said £350 million a week would go to hospitals');
  });

  it('finds a paraphrase by its key terms and refuses a sentence that shares only one', () => {
    expect(matchClaims(compiled, 'Some claimed the chemical attack in Douma had been staged by rescuers.')).toMatchObject([
      { how: 'similar', claim: 1 },
    ]);
    expect(matchClaims(compiled, 'Inspectors visited Douma in April to interview residents.')).toEqual([]);
  });
});
