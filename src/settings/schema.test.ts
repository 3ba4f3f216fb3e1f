import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, parseSettings } from './schema';

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

  it('turns a site off with its subdomains, ignoring www', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(s, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'notexample.com')).toBe(false);
  });
});
