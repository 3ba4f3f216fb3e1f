/**
 * local/no-deferred-event-read: an event handler reads `event.currentTarget` and `event.target`
 * before anything that runs later. Once the browser has dispatched the event, `currentTarget` is
 * null (and `target` may be retargeted), so a read inside a callback the handler hands on (a
 * settings update, a promise's then) or after an `await` sees null. Issue 17: three popup switches
 * saved nothing because their handlers read `e.currentTarget.checked` inside the settings update.
 *
 * Event-handler parameters: the first parameter of a function that is a JSX `on*` attribute's
 * value, a listener given to `addEventListener`, or typed as an event (`Event`, `MouseEvent`,
 * `JSX.TargetedEvent<...>`: any type name ending in "Event").
 *
 * Flagged: `<param>.currentTarget` / `<param>.target` (or destructured from `<param>`)
 *  - inside a function nested in the handler: it may run after dispatch. Callbacks that run at
 *    once (an array's map) are flagged too: the rule cannot tell them apart, and reading the value
 *    into a const at the top of the handler is clearer anyway;
 *  - after an `await` in the handler's own body, in source order, or anywhere in a loop that awaits.
 */

const PROPERTIES = new Set(['currentTarget', 'target']);
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

const isFunction = (node) =>
  node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';

function nearestFunction(node) {
  for (let n = node.parent; n; n = n.parent) if (isFunction(n)) return n;
  return null;
}

function propertyName(member) {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return null;
}

/** `Event`, `MouseEvent`, `JSX.TargetedEvent<...>`: the last part of a type reference's name. */
function typeName(param) {
  const type = param.typeAnnotation?.typeAnnotation;
  if (type?.type !== 'TSTypeReference') return '';
  let name = type.typeName;
  while (name.type === 'TSQualifiedName') name = name.right;
  return name.type === 'Identifier' ? name.name : '';
}

function isEventHandler(fn) {
  const param = fn.params[0];
  if (param?.type !== 'Identifier') return false;
  if (/Event$/.test(typeName(param))) return true;
  const parent = fn.parent;
  if (parent.type === 'JSXExpressionContainer' && parent.parent.type === 'JSXAttribute') {
    const name = parent.parent.name;
    return name.type === 'JSXIdentifier' && /^on[A-Z]/.test(name.name);
  }
  return (
    parent.type === 'CallExpression' &&
    parent.arguments[1] === fn &&
    parent.callee.type === 'MemberExpression' &&
    propertyName(parent.callee) === 'addEventListener'
  );
}

/** The node that reads currentTarget/target from `identifier` (a reference to the parameter), or null. */
function eventRead(identifier) {
  const parent = identifier.parent;
  if (parent.type === 'MemberExpression' && parent.object === identifier) {
    const name = propertyName(parent);
    return name && PROPERTIES.has(name) ? { node: parent, property: name } : null;
  }
  if (parent.type === 'VariableDeclarator' && parent.init === identifier && parent.id.type === 'ObjectPattern') {
    for (const p of parent.id.properties) {
      if (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && PROPERTIES.has(p.key.name)) return { node: p, property: p.key.name };
    }
  }
  return null;
}

const contains = (outer, inner) => outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Read event.currentTarget / event.target while the event is dispatched, not in a later callback or after an await' },
    schema: [],
    messages: {
      nested:
        '`{{name}}.{{property}}` is read inside a callback, which may run after the event is dispatched (currentTarget is then null): read it into a const at the top of the handler.',
      afterAwait:
        '`{{name}}.{{property}}` is read after an await, when the event has been dispatched (currentTarget is then null): read it into a const before the first await.',
    },
  },
  create(context) {
    /** Function → the awaits (and `for await` loops) of its own body. */
    const awaits = new Map();
    const noteAwait = (node) => {
      const fn = nearestFunction(node);
      if (!fn) return;
      if (!awaits.has(fn)) awaits.set(fn, []);
      awaits.get(fn).push(node);
    };

    function check(fn) {
      if (!isEventHandler(fn)) return;
      const param = fn.params[0];
      const variable = context.sourceCode.getDeclaredVariables(fn).find((v) => v.defs.some((d) => d.type === 'Parameter' && d.name === param));
      if (!variable) return;
      const own = awaits.get(fn) ?? [];
      for (const reference of variable.references) {
        const read = eventRead(reference.identifier);
        if (!read) continue;
        const data = { name: param.name, property: read.property };
        if (nearestFunction(read.node) !== fn) {
          context.report({ node: read.node, messageId: 'nested', data });
          continue;
        }
        const loops = [];
        for (let n = read.node.parent; n && n !== fn; n = n.parent) if (LOOPS.has(n.type)) loops.push(n);
        const late = own.some((a) => a.range[1] <= read.node.range[0] || loops.some((loop) => contains(loop, a)));
        if (late) context.report({ node: read.node, messageId: 'afterAwait', data });
      }
    }

    return {
      AwaitExpression: noteAwait,
      'ForOfStatement[await=true]': noteAwait,
      'ArrowFunctionExpression:exit': check,
      'FunctionExpression:exit': check,
      'FunctionDeclaration:exit': check,
    };
  },
};
