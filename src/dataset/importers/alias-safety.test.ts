import { describe, expect, it } from 'vitest';
import { STOPLIST, buildWordStats, checkAlias, htmlToText } from './alias-safety';

const pages = [
  'We must move forward together. The union of the two firms was approved; progress is slow.',
  'Going forward, the left wing of the party wants an alternative. Together they hope for progress.',
  'Elle a dit que la loi passera. The Left won seats; the Greens too. Ennahda said the vote was fair.',
];
const stats = buildWordStats(pages);

describe('buildWordStats', () => {
  it('counts pages that write a word or phrase in lower case, once per page', () => {
    expect(stats.pages).toBe(3);
    expect(stats.lowerPages.get('forward')).toBe(2);
    expect(stats.lowerPages.get('together')).toBe(1); // "Together" opening a sentence is not counted
    expect(stats.lowerPages.get('the left')).toBe(1);
    expect(stats.lowerPages.get('ennahda')).toBeUndefined();
    expect(stats.lowerPages.get('greens')).toBeUndefined();
  });
});

describe('checkAlias', () => {
  it('flags the issue’s common words, from the counts or the stoplist', () => {
    for (const word of ['Forward', 'Together', 'Union', 'Progress', 'Alternative', 'Renew', 'Greens', 'Elle']) {
      expect(checkAlias(word, stats).verdict, word).toBe('common');
    }
    expect(checkAlias('Forward', stats).reason).toMatch(/lower case on 2 of 3 pages/);
    expect(checkAlias('Renew', stats).reason).toBe('in the stoplist');
  });

  it('flags common phrases, but not a name made of a common word and an article', () => {
    expect(checkAlias('The Left', stats).verdict).toBe('common');
    expect(checkAlias('The Greens', stats).verdict).toBe('safe');
    expect(checkAlias('People Power', stats).verdict).toBe('common');
    expect(checkAlias('People Power Party', stats).verdict).toBe('safe');
  });

  it('flags short phrases made only of common words', () => {
    const many = buildWordStats([...pages, 'enough said, all of it', 'is it enough for all', 'the new space']);
    expect(checkAlias('Enough is Enough', many, { commonWordPages: 2 }).verdict).toBe('common');
    expect(checkAlias('All of Us', many, { commonWordPages: 2 }).verdict).toBe('safe'); // "us" is rare here
    expect(checkAlias('The Greens', many, { commonWordPages: 2 }).verdict).toBe('safe');
    expect(checkAlias('Progress Party Ennahda Union', many, { commonWordPages: 2 }).verdict).toBe('safe'); // four words: a name
  });

  it('flags one word that many pages use, even capitalised, but not an acronym', () => {
    const many = buildWordStats(['The Forum met.', 'At the Forum today', 'Forum news', 'FORUM and NATO', 'NATO', 'NATO']);
    expect(many.anyPages.get('forum')).toBe(4);
    expect(checkAlias('Forum', many).verdict).toBe('common');
    expect(checkAlias('Forum', many, { singleWordPages: 5 }).verdict).toBe('safe');
    expect(checkAlias('NATO', many).verdict).toBe('safe');
  });

  it('keeps distinctive names', () => {
    expect(checkAlias('Ennahda', stats)).toEqual({ verdict: 'safe', reason: 'distinctive' });
    expect(checkAlias('Zimbabwe African National Union – Patriotic Front', stats).verdict).toBe('safe');
    expect(checkAlias('ZANU-PF', stats).verdict).toBe('safe');
  });

  it('sends short acronyms to context rules and drops what has nothing to match', () => {
    expect(checkAlias('PP', stats).verdict).toBe('short');
    expect(checkAlias('SPD', stats).verdict).toBe('short');
    expect(checkAlias('E', stats).verdict).toBe('unusable');
    expect(checkAlias('–', stats).verdict).toBe('unusable');
    expect(checkAlias('The', stats).verdict).toBe('short');
    expect(checkAlias('SNAP', stats).verdict).toBe('safe');
    expect(checkAlias('SNAP', stats, { maxShortLetters: 4 }).verdict).toBe('short');
    expect(checkAlias('Of the', stats).verdict).toBe('common');
  });

  it('works without page counts, on the stoplist alone, and takes extra words', () => {
    expect(checkAlias('Forward').verdict).toBe('common');
    expect(checkAlias('Ennahda').verdict).toBe('safe');
    expect(checkAlias('Ennahda', undefined, { extraStoplist: new Set(['ennahda']) }).verdict).toBe('common');
    expect(checkAlias('Forward', stats, { minLowerPages: 3 }).verdict).toBe('common'); // still in the stoplist
    expect(checkAlias('Slow', stats, { minLowerPages: 2 }).verdict).toBe('safe'); // one page writes "slow"
    expect(checkAlias('Slow', stats, { minLowerPages: 1 }).verdict).toBe('common');
  });

  it('folds the stoplist as aliases are folded', () => {
    expect(STOPLIST.has('liberte')).toBe(true);
    expect(STOPLIST.has('the left')).toBe(true);
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and tags and decodes entities', () => {
    const text = htmlToText('<p>Tom &amp; Jerry</p><script>var forward = 1</script><style>.a{}</style><b>L&#39;Union</b>&nbsp;x');
    expect(text).not.toMatch(/forward|<|\.a/);
    expect(text).toContain('Tom & Jerry');
    expect(text).toContain("L'Union");
  });
});
