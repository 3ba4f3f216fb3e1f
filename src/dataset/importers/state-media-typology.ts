/**
 * State Media Monitor's typology of state and public media (statemediamonitor.com/typology/), as
 * the State Media Profiles matrix applies it: what each code means in plain words, and which of
 * our two categories it belongs to.
 *
 * The line between the categories is the typology's own: whether the state controls the
 * editorial line. SC, CaPu and CaPr are "captured or controlled"; IP, ISF, ISM and ISFM keep their
 * editorial independence whoever funds or manages them. Putting both in one "state media"
 * category labelled the BBC like RT.
 */
import type { Category, Relation } from '../schema';

interface TypologyClass {
  /** The class's name, as State Media Monitor names it, in lower case. */
  model: string;
  category: Extract<Category, 'state-controlled-media' | 'independent-public-media'>;
  /** Only where the state controls the editorial line is the outlet `controlled-by` it. */
  relation: Extract<Relation, 'controlled-by' | 'described-as'>;
  /** The typology's definition, in full (affiliation statements). */
  meaning: string;
  /** The same definition in one short clause (the first line of a card). */
  brief: string;
}

export const TYPOLOGY = {
  SC: {
    model: 'state-controlled media',
    category: 'state-controlled-media',
    relation: 'controlled-by',
    meaning: 'the state controls its funding, its governing bodies and ownership, and its editorial line',
    brief: 'the state controls its funding, ownership and editorial line',
  },
  CaPu: {
    model: 'captured public or state-managed media',
    category: 'state-controlled-media',
    relation: 'controlled-by',
    meaning:
      'the state does not directly control its funding, but it controls its governing bodies or ownership and its editorial line',
    brief: 'the state controls its governing bodies or ownership and its editorial line, though not directly its funding',
  },
  CaPr: {
    model: 'captured private media',
    category: 'state-controlled-media',
    relation: 'controlled-by',
    meaning:
      'the state neither owns it nor runs its governing bodies, but it controls its editorial line, whether or not it also funds it',
    brief: 'the state neither owns nor runs it, but controls its editorial line',
  },
  ISFM: {
    model: 'independent state-funded and state-managed media',
    category: 'independent-public-media',
    relation: 'described-as',
    meaning: 'the state funds it and controls its governing bodies or ownership, but it keeps its editorial independence',
    brief: 'the state funds and manages it, but it keeps its editorial independence',
  },
  ISF: {
    model: 'independent state-funded media',
    category: 'independent-public-media',
    relation: 'described-as',
    meaning: 'it relies on state funding, but the state controls neither its governing bodies nor its editorial line',
    brief: 'the state funds it, but controls neither its governing bodies nor its editorial line',
  },
  ISM: {
    model: 'independent state-managed media',
    category: 'independent-public-media',
    relation: 'described-as',
    meaning: 'the state controls its governing bodies or ownership, but neither its funding nor its editorial line',
    brief: 'the state controls its governing bodies or ownership, but neither its funding nor its editorial line',
  },
  IP: {
    model: 'independent public media',
    category: 'independent-public-media',
    relation: 'described-as',
    meaning: 'the state controls none of its funding, its governing bodies or its editorial line',
    brief: 'the state controls none of its funding, governing bodies or editorial line',
  },
} as const satisfies Record<string, TypologyClass>;
export type TypologyCode = keyof typeof TYPOLOGY;

/** "SC" → { code: 'SC', tentative: false }; "ISFM?" → tentative; unknown → null. */
export function parseTypology(raw: string): { code: TypologyCode; tentative: boolean } | null {
  const m = /^\s*([A-Za-z]+)\s*(\?)?\s*$/.exec(raw);
  if (!m) return null;
  const code = (Object.keys(TYPOLOGY) as TypologyCode[]).find((c) => c.toLowerCase() === m[1]!.toLowerCase());
  return code ? { code, tentative: Boolean(m[2]) } : null;
}

/**
 * The category of a record whose rows carry these codes. A media group whose outlets fall on both
 * sides is state-controlled: the state controls the editorial line of at least one thing the name
 * stands for, and its card says which outlet is in which class.
 */
export function categoryOf(codes: readonly TypologyCode[]): TypologyClass['category'] {
  if (codes.length === 0) throw new Error('a State Media Matrix record without a typology code has no category');
  return codes.some((c) => TYPOLOGY[c].category === 'state-controlled-media') ? 'state-controlled-media' : 'independent-public-media';
}
