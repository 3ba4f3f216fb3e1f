/**
 * A data pack's problems in plain words for the person who wrote it, e.g.
 * `Organisation ‘Acme Lobby’ (organisations[0]): category ‘lobby’ is not one of: think-tank, …`.
 * zod's own messages ("Invalid option: expected one of …", "expected string, received
 * undefined") say what the parser wanted, not what is wrong in the file, and name no record; a
 * pack author looks for the record by its name. The path stays in every sentence so the exact
 * place can still be found in a long file.
 */
import type * as z from 'zod';
import { formatPath } from './validate';

export interface PackProblem {
  /** Where in the file, e.g. `organisations[3].affiliations[0].sources`. */
  path: string;
  /** The sentence shown to the user, naming the record. */
  text: string;
}

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** Long values (a pasted paragraph as a category) would swamp the message. */
const MAX_SHOWN = 60;

/** A value of the user's file inside a sentence, shortened. */
export function quote(text: string): string {
  return `‘${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text}’`;
}

function valueAt(json: unknown, path: readonly Key[]): unknown {
  let value = json;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

/** How a value reads in a sentence: "the number 5", "a list", "the text ‘x’". */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** What zod's `expected` type names mean in a pack file. */
const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list ([…])',
  object: 'an object ({…})',
};

function shownValue(value: unknown): string {
  return typeof value === 'string' ? quote(value) : quote(JSON.stringify(value) ?? String(value));
}

const KIND_OF: Record<string, { label: string; nameField: string }> = {
  organisations: { label: 'Organisation', nameField: 'name' },
  claims: { label: 'Claim', nameField: 'claimReviewed' },
  publishers: { label: 'Publisher', nameField: 'domain' },
};

/** The record a path is inside, as the user knows it: `Organisation ‘Acme Lobby’ (organisations[0])`. */
function recordOf(json: unknown, path: readonly Key[]): { subject: string; rest: readonly Key[] } {
  const [list, index] = path;
  const kind = typeof list === 'string' ? KIND_OF[list] : undefined;
  if (!kind || typeof index !== 'number') return { subject: 'The pack', rest: path };
  const record = valueAt(json, [list!, index]);
  const name = valueAt(record, [kind.nameField]);
  const id = valueAt(record, ['id']);
  const called = typeof name === 'string' && name.trim() ? ` ${quote(name)}` : typeof id === 'string' && id ? ` with id ${quote(id)}` : '';
  return { subject: `${kind.label}${called} (${formatPath([list!, index])})`, rest: path.slice(2) };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** zod's default messages start like this; a message of ours says why the rule exists. */
function ownReason(issue: Issue): string {
  return /^(Too small|Too big|Invalid)\b/.test(issue.message) ? '' : ` (${issue.message})`;
}

/** The sentence after the record's name, for one issue about `subject` (a path in the record, or the record). */
function sentence(issue: Issue, subject: string, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${subject} is missing`;
      return `${subject} should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`;
    case 'invalid_value':
      return `${subject} ${shownValue(value)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${subject} is empty` : `${subject} is shorter than ${plural(Number(issue.minimum), 'character')}`;
      if (issue.origin === 'array' && Array.isArray(value)) {
        return `${subject} has ${plural(value.length, 'item')}; at least ${String(issue.minimum)} needed${ownReason(issue)}`;
      }
      return `${subject} is too small: ${issue.message}`;
    case 'too_big':
      if (issue.origin === 'string') return `${subject} is longer than ${plural(Number(issue.maximum), 'character')}`;
      return `${subject} is too big: ${issue.message}`;
    case 'invalid_format':
      return `${subject} ${shownValue(value)} is not valid: ${issue.message}`;
    case 'custom':
      return `${subject} ${shownValue(value)} ${issue.message.startsWith('must') ? '' : 'is not valid: '}${issue.message}`;
    case 'unrecognized_keys':
      return `${subject} has ${issue.keys.length === 1 ? 'a field' : 'fields'} the format does not have: ${issue.keys.map(quote).join(', ')} (check the spelling)`;
    case 'invalid_union': {
      const expected = [...new Set(issue.errors.flatMap((branch) => branch.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => (i as { expected: string }).expected)))];
      const wanted = expected.length ? expected.map((e) => EXPECTED[e] ?? e).join(' or ') : 'one of the forms the format allows';
      return `${subject} should be ${wanted}, not ${describeValue(value)}`;
    }
    default:
      return `${subject}: ${issue.message}`;
  }
}

/**
 * A union (an alias is a text or an object) whose value has the type of exactly one branch
 * failed inside that branch: report that branch's issues, not "invalid input".
 */
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const typed = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (typed.length !== 1) return [issue];
    return flatten(typed[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
  });
}

/** zod's issues for `json` as sentences naming each record. */
export function describeIssues(json: unknown, issues: readonly Issue[]): PackProblem[] {
  return flatten(issues).map((issue) => {
    const { subject, rest } = recordOf(json, issue.path);
    const field = rest.length ? formatPath(rest) : issue.path.length ? 'the record' : 'the file';
    return { path: formatPath(issue.path), text: `${subject}: ${sentence(issue, field, valueAt(json, issue.path))}` };
  });
}

/** Turn `organisations[3].affiliations[0]` back into keys. */
function parsePath(path: string): Key[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** A problem already in words (a cross-record check), prefixed with the record it is about. */
export function describeProblem(json: unknown, path: string, message: string): PackProblem {
  const { subject, rest } = recordOf(json, parsePath(path));
  return { path, text: `${subject}: ${rest.length ? `${formatPath(rest)}: ` : ''}${message}` };
}
