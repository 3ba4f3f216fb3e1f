/**
 * The saved real pages we keep reviewed baselines for, read in place from ../shared/corpus (never
 * copied into the project). A clone without ../shared skips these suites and says so; CI sets
 * SOURCE_CONTEXT_REQUIRE_CORPUS=1 so there a missing corpus is a failure, not a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { FoundAnnotation } from './annotate-html';

export const CORPUS_DIR = new URL('../../../shared/corpus/', import.meta.url).pathname;
export const BASELINE_DIR = new URL('./corpus/', import.meta.url).pathname;
export const corpusAvailable = existsSync(`${CORPUS_DIR}ground-truth.json`);
export const corpusRequired = process.env.SOURCE_CONTEXT_REQUIRE_CORPUS === '1';

export type Verdict = 'correct' | 'false-positive' | 'unreviewed';

export interface BaselineEntry extends FoundAnnotation {
  verdict: Verdict;
  note?: string;
}

export interface Baseline {
  file: string;
  url: string;
  annotations: BaselineEntry[];
}

/** The pages under baseline: news pages, including every outlet the issue names. */
export const BASELINE_PAGES: string[] = JSON.parse(readFileSync(new URL('./corpus-pages.json', import.meta.url), 'utf8')) as string[];

export function readCorpusPage(file: string): { html: string; url: string } {
  const truth = JSON.parse(readFileSync(`${CORPUS_DIR}ground-truth.json`, 'utf8')) as Record<string, { url: string }>;
  const html = gunzipSync(readFileSync(`${CORPUS_DIR}pages/${file}.html.gz`)).toString('utf8');
  return { html, url: truth[file]!.url };
}

export function readBaseline(file: string): Baseline | null {
  const path = `${BASELINE_DIR}${file}.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Baseline) : null;
}

/** Identity of an annotation for comparison: what, where in the text, and as which record. */
export const entryKey = (a: Pick<FoundAnnotation, 'text' | 'id' | 'highlight' | 'context'>) => `${a.highlight}|${a.id}|${a.text}|${a.context}`;
