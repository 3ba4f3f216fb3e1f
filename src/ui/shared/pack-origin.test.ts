/** The line a card from an imported pack shows instead of the dataset's. */
import { describe, expect, it } from 'vitest';
import { formatImportDate, packOriginText } from './pack-origin';

describe('pack origin line', () => {
  it("names the pack and the day it was imported, in the reader's time zone", () => {
    const importedAt = new Date(2026, 11, 5, 23, 50).toISOString();
    expect(packOriginText({ name: 'acme.json', importedAt })).toBe('From your pack ‘acme.json’, imported 5 Dec 2026');
  });

  it('does not print "NaN" for a stored date it cannot read', () => {
    expect(formatImportDate('yesterday')).toBe('on an unknown date');
  });
});
