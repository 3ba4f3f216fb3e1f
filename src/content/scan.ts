/**
 * Turn text blocks into annotations with the compiled matchers. DOM-light: it only creates
 * StaticRanges (and asks whether a block with matches is rendered); registering them is
 * highlights.ts's job.
 */
import type { ClaimsIndex } from '../matcher/claims-binary';
import type { Matcher } from '../matcher/compiled';
import { matchClaims } from '../matcher/claims';
import { matchTokens } from '../matcher/match';
import { tokenize } from '../matcher/normalize';
import type { Annotation } from './annotation';
import { isRendered, locate, type Block, type BlockPlace } from './text-index';

export interface Matchers {
  organisations: Matcher;
  claims: ClaimsIndex;
}

function rangeFor(block: BlockPlace, start: number, end: number): StaticRange {
  const a = locate(block, start);
  const b = locate(block, end, true);
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}

/**
 * Annotate one block: organisations and claims (a sentence may carry both), in text order (an
 * organisation before a claim sentence that starts at the same place), so a page scanned block by
 * block comes out in document order and never needs sorting.
 */
export function scanBlock(matchers: Matchers, block: Block, withClaims: boolean): Annotation[] {
  const out: Annotation[] = [];
  const tokens = tokenize(block.text);
  const { organisations: m } = matchers;
  for (const match of matchTokens(m, block.text, tokens)) {
    const org = m.org(match.org);
    out.push({
      kind: 'organisation',
      id: org.id,
      label: org.name,
      key: org.category,
      root: block.root,
      start: match.start,
      end: match.end,
      range: rangeFor(block, match.start, match.end),
      why: () => m.explain(match.entry),
    });
  }
  if (withClaims) {
    for (const match of matchClaims(matchers.claims, block.text, tokens)) {
      const claim = matchers.claims.claim(match.claim);
      out.push({
        kind: 'claim',
        id: claim.id,
        label: claim.title,
        key: 'claim',
        root: block.root,
        start: match.start,
        end: match.end,
        range: rangeFor(block, match.start, match.end),
        why: () =>
          match.how === 'phrase'
            ? 'This sentence contains a phrase of a known claim, word for word.'
            : `This sentence shares the key terms of a known claim (similarity ${Math.round(match.score * 100)}%).`,
      });
    }
  }
  // Both lists are in text order; merge only when a block has both (a stable sort keeps
  // organisations before claims that start at the same offset).
  return out.length > 1 && out.at(-1)!.kind === 'claim' && out[0]!.kind === 'organisation' ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * scanBlock for a block of the live page: nothing for a block the reader cannot see. Visibility
 * is asked only of blocks that have a match (see iterateBlocks), and the engine answers it from
 * the block element and its ancestors (display:none anywhere above, inherited visibility:hidden).
 */
export function scanRenderedBlock(matchers: Matchers, block: Block): Annotation[] {
  const found = scanBlock(matchers, block, true);
  return found.length && !isRendered(block.root) ? [] : found;
}
