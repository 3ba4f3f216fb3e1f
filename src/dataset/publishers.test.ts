import { describe, expect, it } from 'vitest';
import { findPublisher } from './publishers';

describe('findPublisher', () => {
  const publishers = { 'bbc.co.uk': 'bbc', 'wrp.org.uk': 'news-line', 'news.example.com': 'example-news' };
  it('matches the host or any parent domain, most specific first', () => {
    expect(findPublisher(publishers, 'news.bbc.co.uk')).toEqual({ domain: 'bbc.co.uk', organisation: 'bbc' });
    expect(findPublisher(publishers, 'WRP.org.uk.')).toEqual({ domain: 'wrp.org.uk', organisation: 'news-line' });
    expect(findPublisher(publishers, 'a.news.example.com')).toEqual({ domain: 'news.example.com', organisation: 'example-news' });
  });
  it('does not match look-alike hosts or prototype keys', () => {
    expect(findPublisher(publishers, 'notbbc.co.uk')).toBeNull();
    expect(findPublisher(publishers, 'example.com')).toBeNull();
    expect(findPublisher(publishers, 'constructor')).toBeNull();
  });
});
