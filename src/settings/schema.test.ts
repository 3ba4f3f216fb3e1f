import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../dataset/categories';
import { DEFAULT_SETTINGS, isSiteDisabled, parseSettings } from './schema';
import { parseSettingsWithSpec } from './settings-spec';

describe('settings', () => {
  it('defaults everything on, every mention', () => {
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
    expect(Object.values(DEFAULT_SETTINGS.categories).every(Boolean)).toBe(true);
    expect(DEFAULT_SETTINGS.mentions).toBe('every');
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces corrupt ones with defaults, never throwing', () => {
    const parsed = parseSettings({ enabled: 'yes', categories: { 'armed-group': false, 'think-tank': 3 }, mentions: 'first', disabledSites: 'x' });
    expect(parsed.enabled).toBe(true);
    expect(parsed.categories['armed-group']).toBe(false);
    expect(parsed.categories['think-tank']).toBe(true);
    expect(parsed.mentions).toBe('first');
    expect(parsed.disabledSites).toEqual([]);
    expect(parseSettings(42)).toEqual(DEFAULT_SETTINGS);
  });

  it('applies a stored toggle of the old "state-media" category to both categories it was split into', () => {
    const off = parseSettings({ categories: { 'state-media': false, 'armed-group': false } });
    expect(off.categories['state-controlled-media']).toBe(false);
    expect(off.categories['independent-public-media']).toBe(false);
    expect(off.categories['armed-group']).toBe(false);
    expect(off.categories['think-tank']).toBe(true);
    expect(off.categories).not.toHaveProperty('state-media');
    const on = parseSettings({ categories: { 'state-media': true } });
    expect(on.categories['state-controlled-media']).toBe(true);
    expect(on.categories['independent-public-media']).toBe(true);
  });

  it('lets a toggle stored under a new category key win over the old key', () => {
    const parsed = parseSettings({ categories: { 'state-media': false, 'independent-public-media': true } });
    expect(parsed.categories['independent-public-media']).toBe(true);
    expect(parsed.categories['state-controlled-media']).toBe(false);
    // A corrupt old value is ignored like any corrupt toggle.
    expect(parseSettings({ categories: { 'state-media': 'off' } }).categories['state-controlled-media']).toBe(true);
  });

  it('turns a site off with its subdomains, ignoring www', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(s, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'notexample.com')).toBe(false);
  });
});

describe('the hand-written parser and the zod specification', () => {
  // 'state-media' is the key stored before that category was split: both parsers migrate it.
  const category = fc.constantFrom(...CATEGORIES, 'state-media', 'unknown', '__proto__', 'toString');
  const nearValid = fc.record(
    {
      version: fc.oneof(fc.constant(1), fc.anything()),
      enabled: fc.oneof(fc.boolean(), fc.anything()),
      categories: fc.oneof(fc.dictionary(category, fc.oneof(fc.boolean(), fc.anything())), fc.anything()),
      disabledSites: fc.oneof(fc.array(fc.string()), fc.array(fc.oneof(fc.string(), fc.integer())), fc.anything()),
      mentions: fc.oneof(fc.constantFrom('every', 'first', 'First', ''), fc.anything()),
      claims: fc.oneof(fc.boolean(), fc.anything()),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it('agree on any stored value, valid, partly corrupt or not an object at all', () => {
    fc.assert(
      fc.property(fc.oneof(nearValid, fc.anything(), fc.constantFrom(null, undefined, [], 'x', 0)), (value) => {
        expect(parseSettings(value)).toEqual(parseSettingsWithSpec(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('agree on how they migrate the old "state-media" key', () => {
    const toggle = fc.oneof(fc.boolean(), fc.constant(undefined), fc.anything());
    fc.assert(
      fc.property(toggle, toggle, toggle, (old, controlled, independent) => {
        const categories: Record<string, unknown> = { 'state-media': old };
        if (controlled !== undefined) categories['state-controlled-media'] = controlled;
        if (independent !== undefined) categories['independent-public-media'] = independent;
        expect(parseSettings({ categories })).toEqual(parseSettingsWithSpec({ categories }));
      }),
      { numRuns: 5000 },
    );
  });
});
