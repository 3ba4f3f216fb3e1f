/**
 * The compiled matcher: what `build.mjs` writes and the content script loads ready to run.
 * Plain JSON (no classes, no Maps) so it can be embedded in the bundle and parsed in a few ms.
 */
import type { Category } from '../dataset/schema';

/** A trie over folded words: `c` children by word, `e` the alias entries that end here. */
export interface TrieNode {
  c?: Record<string, TrieNode>;
  e?: number[];
}

/** One alias of one organisation, with the rules to check once its words are found. */
export interface CompiledEntry {
  /** Index into `orgs`. */
  o: number;
  /** The alias as written in the dataset. */
  a: string;
  /** 1: the words must match letter case exactly. */
  cs?: 1;
  /** 1: diacritics must match ("Médecins" does not find "Medecins"). */
  ds?: 1;
  /** 1: an all-capitals acronym, refused inside all-capitals text ("THIS IS WAR"). */
  ac?: 1;
  /** Raw words of the alias (for the case and diacritics checks). */
  w: string[];
  /** One character per gap between words: "." when the alias has a full stop there, else " ". */
  g: string;
  /** Folded word sequences of which one must appear nearby. */
  rq?: string[][];
  /** Folded word sequences of which none may appear nearby. */
  fb?: string[][];
}

export interface CompiledOrg {
  id: string;
  name: string;
  category: Category;
}

export interface CompiledMatcher {
  v: 1;
  orgs: CompiledOrg[];
  entries: CompiledEntry[];
  trie: TrieNode;
}

/** How many words either side count as "nearby" for disambiguation rules. */
export const NEARBY_WINDOW = 40;
