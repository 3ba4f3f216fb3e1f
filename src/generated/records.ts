/**
 * Type stand-in for `virtual:records`, which build.mjs generates from the dataset (every record,
 * validated) and bundles into the background script. See matchers.ts beside this file.
 */
import type { Claim, Organisation } from '../dataset/schema';

export declare const records: {
  organisations: Record<string, Organisation>;
  claims: Record<string, Claim>;
  /** domain → organisation id */
  publishers: Record<string, string>;
};
