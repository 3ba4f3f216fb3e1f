/**
 * Parse one data pack with zod and turn failures into readable problems with a JSON path,
 * e.g. `organisations[3].affiliations[0].sources: every statement cites at least one source`.
 */
import { DataPack, type DataPack as DataPackType } from './schema';

export interface Problem {
  file: string;
  /** A JSONPath-like location inside the file, e.g. `organisations[3].aliases[1]`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

export type ParseResult = { ok: true; pack: DataPackType } | { ok: false; problems: Problem[] };

/** Validate unknown JSON as a data pack. Never throws. */
export function parsePack(json: unknown, file: string): ParseResult {
  const result = DataPack.safeParse(json);
  if (result.success) return { ok: true, pack: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}
