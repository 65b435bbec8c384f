import type { Rule } from 'eslint';

declare const moduleBorders: Rule.RuleModule;
export default moduleBorders;
