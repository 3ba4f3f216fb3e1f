/**
 * Type stand-in for `virtual:matchers`, which build.mjs generates from the dataset (the compiled
 * organisation matcher, wrapped in its runtime `Matcher` as the module loads, and the compiled
 * claims) and bundles into the content script. tsconfig `paths` points type-checking here;
 * esbuild's plugin supplies the real module. Never imported at run time.
 */
import type { Matchers } from '../content/scan';

export declare const matchers: Matchers;
