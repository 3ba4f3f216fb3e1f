import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { loadMatcher } from './compiled';
import { matchText } from './match';
import type { Organisation } from '../dataset/schema';

type Org = Pick<Organisation, 'id' | 'name' | 'category' | 'aliases'>;
const orgs: Org[] = [
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', category: 'ngo-monitor', aliases: ['SOHR'] },
  { id: 'syria', name: 'Syrian Government', category: 'government-military', aliases: ['Syrian'] },
  { id: 'hezbollah', name: 'Hezbollah', category: 'armed-group', aliases: ['Hizbollah'] },
  { id: 'nusra', name: 'al-Nusra Front', category: 'armed-group', aliases: ['Jabhat al-Nusra'] },
  {
    id: 'is',
    name: 'Islamic State',
    category: 'armed-group',
    aliases: [{ text: 'IS', requireNearby: ['forces', 'fighters', 'Raqqa'] }],
  },
  { id: 'un', name: 'United Nations', category: 'intergovernmental', aliases: ['UN', 'U.N.'] },
  { id: 'msf', name: 'Médecins Sans Frontières', category: 'ngo-monitor', aliases: ['MSF'] },
  { id: 'apple', name: 'Apple Inc.', category: 'company-lobby', aliases: [{ text: 'Apple', forbidNearby: ['pie', 'juice', 'orchard'] }] },
  { id: 'usarmy', name: 'U.S. Army', category: 'government-military', aliases: [] },
  {
    id: 'state',
    name: 'US Department of State',
    category: 'government-military',
    aliases: [{ text: 'State Department', forbidNearby: ['State Department of Health'] }],
  },
];
const matcher = loadMatcher(compileMatcher(orgs));

function found(text: string): string[] {
  return matchText(matcher, text).map((m) => `${matcher.org(m.org).id}:${text.slice(m.start, m.end)}`);
}

describe('matchText', () => {
  it('prefers the longest name at the leftmost position', () => {
    expect(found('according to the Syrian Observatory for Human Rights.')).toEqual([
      'sohr:Syrian Observatory for Human Rights',
    ]);
    expect(found('the Syrian army')).toEqual(['syria:Syrian']);
  });

  it('handles possessives, hyphenated compounds and hyphenated names', () => {
    expect(found('Hezbollah’s fighters and Hezbollah\'s allies')).toEqual(['hezbollah:Hezbollah', 'hezbollah:Hezbollah']);
    expect(found('a UN-backed truce')).toEqual(['un:UN']);
    expect(found('militants from al-Nusra Front, an affiliate')).toEqual(['nusra:al-Nusra Front']);
    expect(found('militants from al\u2011Nusra\u00A0Front')).toEqual(['nusra:al\u2011Nusra\u00A0Front']);
  });

  it('normalises soft hyphens, zero-width spaces and curly quotes while keeping offsets', () => {
    const text = 'the Hez\u00ADbol\u200Blah group';
    const [m] = matchText(matcher, text);
    expect(text.slice(m!.start, m!.end)).toBe('Hez\u00ADbol\u200Blah');
  });

  it('is case-sensitive for acronyms and refuses them in all-capitals text', () => {
    expect(found('the UN said')).toEqual(['un:UN']);
    expect(found('we un-did it; the un said')).toEqual([]);
    expect(found('BREAKING: UN SECURITY COUNCIL MEETS TODAY')).toEqual([]);
    expect(found('the U.N. said')).toEqual(['un:U.N.']);
  });

  it('requires the nearby words an ambiguous alias asks for', () => {
    expect(found('planning the same against Raqqa-based IS forces.')).toEqual(['is:IS']);
    expect(found('What IS the answer? It IS clear.')).toEqual([]);
    expect(found('Apple shares rose')).toEqual(['apple:Apple']);
    expect(found('an apple pie recipe')).toEqual([]);
  });

  it('lets a forbidden phrase that contains the match rule it out', () => {
    expect(found('said the State Department spokesman')).toEqual(['state:State Department']);
    expect(found('a Washington State Department of Health officer')).toEqual([]);
  });

  it('matches names across diacritics but not across sentence punctuation', () => {
    expect(found('Medecins Sans Frontieres said')).toEqual(['msf:Medecins Sans Frontieres']);
    expect(found('Syrian. Observatory for Human Rights')).toEqual(['syria:Syrian']);
    expect(found('the U.S. Army said')).toEqual(['usarmy:U.S. Army']);
  });

  it('does not find names inside longer words', () => {
    expect(found('ISIS and UNESCO and Hezbollahs')).toEqual([]);
  });

  it('ignores words that collide with Object.prototype', () => {
    expect(found('constructor toString __proto__ hasOwnProperty')).toEqual([]);
  });
});
