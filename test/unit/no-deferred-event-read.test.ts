/**
 * The lint rule local/no-deferred-event-read (eslint-rules/no-deferred-event-read.mjs): it flags
 * the popup handlers of issue 17 as they were, accepts them as fixed, and the project's own
 * eslint config applies it to our TSX.
 */
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../eslint-rules/no-deferred-event-read.mjs';

// RuleTester looks for mocha-style globals; vitest's are imports.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** The "First mention only" switch before the fix: the read runs inside setSettings' update. */
const OLD_FIRST_ONLY = `
const update = (fn) => void setSettings(fn);
const box = <input type="checkbox" onChange={(e) => update((s) => ({ ...s, mentions: e.currentTarget.checked ? 'first' : 'every' }))} />;`;

/** The category switch, which worked: it reads the box first. */
const CATEGORY = `
const box = <input type="checkbox" onChange={(e) => {
  const on = e.currentTarget.checked;
  update((s) => ({ ...s, categories: { ...s.categories, [category]: on } }));
}} />;`;

/** The fixed popup: one helper reads the box, typed as a Preact event, then hands the value on. */
const ON_CHECK = `
const onCheck = (apply) => (e: JSX.TargetedEvent<HTMLInputElement>): void => {
  const checked = e.currentTarget.checked;
  update((s) => apply(checked, s));
};`;

const nested = { messageId: 'nested' } as const;
const afterAwait = { messageId: 'afterAwait' } as const;

tester.run('no-deferred-event-read', rule, {
  valid: [
    CATEGORY,
    ON_CHECK,
    // Read before the await, or inside the awaited call's arguments (evaluated before it yields).
    `const b = <button onClick={async (e) => { const el = e.currentTarget; await save(); el.blur(); }} />;`,
    `const b = <button onClick={async (e) => { await save(e.currentTarget.value); }} />;`,
    // A nested function's own parameter of the same name is not the event.
    `const b = <ul onClick={(e) => items.forEach((e) => e.target)} />;`,
    // Not an event handler: a plain function's parameter.
    `function later(e) { setTimeout(() => e.target, 0); }`,
    `const f = async (node) => { await tick(); return node.target; };`,
    // Other properties of the event are fine to read later (they stay set).
    `const b = <button onClick={(e) => setTimeout(() => console.log(e.type), 0)} />;`,
    // The content script's click listener reads the target at once.
    `document.addEventListener('click', (event) => { const t = event.target; use(t); });`,
  ],
  invalid: [
    { code: OLD_FIRST_ONLY, errors: [nested] },
    // The master switch and "Known claims" before the fix.
    { code: `const b = <input onChange={(e) => update((s) => ({ ...s, enabled: e.currentTarget.checked }))} />;`, errors: [nested] },
    { code: `const b = <input name="claims" onChange={(e) => update((s) => ({ ...s, claims: e.currentTarget.checked }))} />;`, errors: [nested] },
    // A promise's then, and e.target as well as currentTarget.
    { code: `const b = <input onInput={(e) => load().then(() => e.target.value)} />;`, errors: [nested] },
    // After an await, in source order or in a loop that awaits.
    { code: `const b = <input onChange={async (e) => { await save(); return e.currentTarget.checked; }} />;`, errors: [afterAwait] },
    { code: `const b = <input onChange={async (e) => { for (const x of xs) { use(e.currentTarget); await x; } }} />;`, errors: [afterAwait] },
    { code: `const b = <input onChange={async (e) => { await save(); const { currentTarget } = e; use(currentTarget); }} />;`, errors: [afterAwait] },
    // Handlers found by their type or by addEventListener, outside JSX.
    { code: `const h = (e: MouseEvent) => { queueMicrotask(() => e.currentTarget); };`, errors: [nested] },
    { code: `el.addEventListener('change', async (event) => { await tick(); event['target']; });`, errors: [afterAwait] },
  ],
});

describe("the project's eslint config", () => {
  it('reports the old popup switch in a TSX file under src/ui', async () => {
    const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
    const [result] = await eslint.lintText(`import { setSettings } from '../../settings/storage';\n${OLD_FIRST_ONLY}\nexport { box };\n`, {
      filePath: 'src/ui/popup/Example.tsx',
    });
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['local/no-deferred-event-read']);
  });
});
