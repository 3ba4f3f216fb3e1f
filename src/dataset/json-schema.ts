/** The data pack's JSON Schema, generated from the zod schema (the one source of truth). */
import * as z from 'zod';
import { DataPack } from './schema';

export function packJsonSchema(): Record<string, unknown> {
  // "input": what a file may contain (defaults are optional there), not what parsing yields.
  return z.toJSONSchema(DataPack, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
