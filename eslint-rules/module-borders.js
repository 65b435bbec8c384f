// A module of the server (src/server/modules/<name>) uses another module only through that module's
// service (`*.service.ts`): its repositories, rules and internal services are its own (ARCHITECTURE.md,
// "module borders"). Demo seeding, fixtures and tests may reach further; the config leaves them out.
import path from 'node:path';

const MODULES = `${path.sep}src${path.sep}server${path.sep}modules${path.sep}`;

/** The module a file belongs to, or null outside src/server/modules. */
function moduleOf(file) {
  const at = file.lastIndexOf(MODULES);
  if (at < 0) return null;
  return file.slice(at + MODULES.length).split(path.sep)[0] ?? null;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: "A server module imports another module only through that module's *.service.ts" },
    schema: [],
    messages: {
      border:
        "'{{source}}' is inside module '{{target}}': import it through that module's *.service.ts (or move a shared rule to src/shared).",
    },
  },
  create(context) {
    const file = context.filename;
    const own = moduleOf(file);
    if (!own) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const resolved = path.resolve(path.dirname(file), source);
      const target = moduleOf(resolved);
      if (target && target !== own && !/\.service\.ts$/.test(resolved)) {
        context.report({ node: node.source, messageId: 'border', data: { source, target } });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
