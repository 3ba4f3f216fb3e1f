import { describe, expect, it } from 'vitest';
import { carryVerdicts } from './carry-verdicts';

const bbc = { text: 'BBC', id: 'bbc', context: 'the BBC said', highlight: 'source-context-state-media' };

describe('carrying baseline verdicts over an update', () => {
  it('keeps a verdict when only the category changed, and counts it', () => {
    const old = [{ ...bbc, verdict: 'correct' as const }];
    const result = carryVerdicts(old, [{ ...bbc, highlight: 'source-context-independent-public-media' }]);
    expect(result.annotations).toEqual([{ ...bbc, highlight: 'source-context-independent-public-media', verdict: 'correct' }]);
    expect(result).toMatchObject({ added: 0, recategorised: 1, removed: 0 });
  });

  it('keeps a false positive with its note', () => {
    const old = [{ ...bbc, verdict: 'false-positive' as const, note: 'a person, not the broadcaster' }];
    expect(carryVerdicts(old, [bbc]).annotations[0]).toMatchObject({ verdict: 'false-positive', note: 'a person, not the broadcaster' });
  });

  it('matches repeated mentions one to one, so none counts as gone', () => {
    const old = [{ ...bbc, verdict: 'correct' as const }, { ...bbc, verdict: 'correct' as const }];
    const moved = { ...bbc, highlight: 'source-context-independent-public-media' };
    expect(carryVerdicts(old, [moved, moved])).toMatchObject({ added: 0, recategorised: 2, removed: 0 });
    expect(carryVerdicts(old, [bbc])).toMatchObject({ added: 0, recategorised: 0, removed: 1 });
  });

  it('leaves a different record or span unreviewed and counts what is gone', () => {
    const old = [{ ...bbc, verdict: 'correct' as const }];
    const result = carryVerdicts(old, [{ ...bbc, id: 'bbc-news' }, { ...bbc, context: 'another sentence' }]);
    expect(result.annotations.map((a) => a.verdict)).toEqual(['unreviewed', 'unreviewed']);
    expect(result).toMatchObject({ added: 2, recategorised: 0, removed: 1 });
  });
});
