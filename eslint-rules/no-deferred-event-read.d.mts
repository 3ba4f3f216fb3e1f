// Types for the unit test, which imports the rule from TypeScript.
import type { Rule } from 'eslint';

declare const rule: Rule.RuleModule;
export default rule;
