/**
 * Annotate a saved page the way the content script does (same modules: collectBlocks, scanRenderedBlock,
 * visibleAnnotations), in happy-dom, with the dataset compiled as the build compiles it.
 */
import { Window } from 'happy-dom';
import { loadDataset } from '../../scripts/dataset-files';
import { encodeClaims, loadClaims } from '../../src/matcher/claims-binary';
import { compileClaims } from '../../src/matcher/claims-compile';
import { compileMatcher } from '../../src/matcher/compile';
import { loadMatcher } from '../../src/matcher/compiled';
import type { Matchers } from '../../src/content/scan';

export interface FoundAnnotation {
  /** The highlighted text. */
  text: string;
  /** organisation or claim id */
  id: string;
  highlight: string;
  /** A few words around it, for review. */
  context: string;
}

let cached: Matchers | null = null;
export function datasetMatchers(): Matchers {
  if (cached) return cached;
  const { packs, problems } = loadDataset();
  if (problems.length) throw new Error(`dataset invalid: ${problems.length} problems (npm run data:check)`);
  cached = {
    organisations: loadMatcher(compileMatcher(packs.flatMap((p) => p.pack.organisations))),
    claims: loadClaims(encodeClaims(compileClaims(packs.flatMap((p) => p.pack.claims)))),
  };
  return cached;
}

export async function annotateHtml(html: string, url: string, matchers = datasetMatchers()): Promise<FoundAnnotation[]> {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } } });
  const g = globalThis as Record<string, unknown>;
  const saved = { StaticRange: g.StaticRange, Node: g.Node };
  // happy-dom has no StaticRange; the content script only reads its four fields.
  g.StaticRange = class {
    startContainer: Node; startOffset: number; endContainer: Node; endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer; this.startOffset = init.startOffset;
      this.endContainer = init.endContainer; this.endOffset = init.endOffset;
    }
  };
  try {
    const { collectBlocks } = await import('../../src/content/text-index');
    const { scanRenderedBlock } = await import('../../src/content/scan');
    const document = window.document;
    document.write(html);
    const body = document.body as unknown as Element;
    const out: FoundAnnotation[] = [];
    for (const block of collectBlocks(body)) {
      for (const a of scanRenderedBlock(matchers, block)) {
        const context = block.text.slice(Math.max(0, a.start - 40), Math.min(block.text.length, a.end + 40)).replace(/\s+/g, ' ').trim();
        out.push({ text: block.text.slice(a.start, a.end), id: a.id, highlight: `source-context-${a.key}`, context });
      }
    }
    return out;
  } finally {
    g.StaticRange = saved.StaticRange;
    await window.happyDOM.close();
  }
}
