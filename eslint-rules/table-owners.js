// Each table has one owner module (src/server/platform/db/table-owners.ts): only files in the owner's folder
// write it — Kysely's insertInto/updateTable/deleteFrom/mergeInto/replaceInto, or raw SQL in a `sql`
// template or sql.raw() (INSERT INTO / UPDATE / DELETE FROM / MERGE INTO). Everyone else goes through the
// owner's service. A table named by a variable is resolved through its type when the linter has types (a
// union of string literals names each table); otherwise, or when the type is a plain string, the write
// is refused: name the table literally, or let its owner's service do the writing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const KYSELY_WRITES = new Set(['insertInto', 'updateTable', 'deleteFrom', 'mergeInto', 'replaceInto']);
// `DO UPDATE SET`, `FOR UPDATE`, `ON UPDATE` and `FOR NO KEY UPDATE` are no table writes.
const RAW_WRITE =
  /(?<!\b(?:do|for|on|key)\s+)\b(insert\s+into|update|delete\s+from|merge\s+into)\s+(?:only\s+)?("?[a-z_][a-z0-9_.]*"?)/gi;
const RAW_WRITE_AT_END =
  /(?<!\b(?:do|for|on|key)\s+)\b(insert\s+into|update|delete\s+from|merge\s+into)\s+(?:only\s+)?$/i;
const SQL_WORDS = new Set(['set', 'select', 'values', 'default', 'with', 'returning', 'where']);

const OWNERS_FILE = fileURLToPath(new URL('../src/server/platform/db/table-owners.ts', import.meta.url));

/**
 * The map `TABLE_OWNERS` of table-owners.ts (camelCase table → owner), read with TypeScript's parser so the
 * linter and the compiler see the same object. A test holds the two to each other.
 */
export function readTableOwners(file = OWNERS_FILE) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const owners = {};
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'TABLE_OWNERS') {
      let init = node.initializer;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
      if (!init || !ts.isObjectLiteralExpression(init))
        throw new Error(`${file}: TABLE_OWNERS is no object literal`);
      for (const property of init.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.initializer)) {
          throw new Error(`${file}: every TABLE_OWNERS entry is "table: 'owner'"`);
        }
        owners[property.name.getText(source)] = property.initializer.text;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (Object.keys(owners).length === 0) throw new Error(`${file}: no TABLE_OWNERS found`);
  return owners;
}

const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** The folder an owner's files live in, relative to src. */
const folderOf = (owner) =>
  (owner === 'platform' ? ['server', 'platform'] : ['server', 'modules', owner]).join(path.sep);

/** Where `file` sits below src/ when it is server or CLI code (the code that may write tables); else null. */
function sourcePath(file) {
  const marker = `${path.sep}src${path.sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return null;
  const below = file.slice(at + marker.length);
  return /^(server|cli)[\\/]/.test(below) ? below : null;
}

/** The module a file belongs to, for the message: a module's name, `platform`, `cli`, or the folder. */
function moduleOf(below) {
  const parts = below.split(path.sep);
  if (parts[0] === 'cli') return 'cli';
  return parts[1] === 'modules' ? parts[2] : parts[1];
}

/** Table names of a literal argument: 'course', 'course as c', ['a', 'b']; null when not literal. */
function literalTables(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return [node.value];
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return [node.quasis[0].value.cooked];
  if (node.type === 'ArrayExpression') {
    const names = node.elements.map((element) => literalTables(element));
    return names.every((n) => n !== null) ? names.flat() : null;
  }
  return null;
}

/** Table names of a non-literal argument from its type (a union of string literals), or null. */
function typedTables(context, node) {
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return null;
  const checker = services.program.getTypeChecker();
  const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
  const members = type.isUnion() ? type.types : [type];
  if (!members.every((t) => t.isStringLiteral())) return null;
  return members.map((t) => t.value);
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: "Only a table's owner module writes it (src/server/platform/db/table-owners.ts)" },
    schema: [
      {
        type: 'object',
        properties: {
          owners: { type: 'object', additionalProperties: { type: 'string' } },
          // Modules that may delete from any table (retention: deleting what is due is its purpose).
          deleteAnywhere: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      notOwner:
        "'{{table}}' belongs to '{{owner}}': {{verb}} it through that module's *.service.ts, not from '{{module}}' (table-owners.ts).",
      unknownTable: "'{{table}}' is not in table-owners.ts: give the table its owner there.",
      nonLiteral:
        'A table written by a name that is no literal (or union of literals) cannot be checked: name the table, or let its owner write it.',
    },
  },
  create(context) {
    const below = sourcePath(context.filename);
    if (below === null) return {};
    const options = context.options[0] ?? {};
    const owners = options.owners ?? readTableOwners();
    const deleteAnywhere = new Set(options.deleteAnywhere ?? []);
    const mine = moduleOf(below);

    const check = (node, rawName, verb) => {
      const table = camel(
        rawName
          .replace(/"/g, '')
          .split(/\s+as\s+|\s+/i)[0]
          .split('.')
          .pop()
          .trim(),
      );
      const owner = owners[table];
      if (owner === undefined) {
        context.report({ node, messageId: 'unknownTable', data: { table } });
        return;
      }
      if (below.startsWith(folderOf(owner) + path.sep)) return;
      if (verb === 'delete' && deleteAnywhere.has(mine)) return;
      context.report({ node, messageId: 'notOwner', data: { table, owner, verb, module: mine } });
    };

    const checkRaw = (node, text) => {
      for (const match of text.matchAll(RAW_WRITE)) {
        const name = match[2].replace(/"/g, '');
        if (SQL_WORDS.has(name.toLowerCase())) continue;
        const verb = match[1].toLowerCase().split(/\s+/)[0];
        check(node, name, verb === 'merge' ? 'insert' : verb);
      }
    };

    return {
      CallExpression(node) {
        const callee = node.callee;
        // writeByRef(tx, 'table', rows, …) (platform/db/write-by-ref.ts) inserts and updates that table.
        if (callee.type === 'Identifier' && callee.name === 'writeByRef') {
          const argument = node.arguments[1];
          const names = literalTables(argument) ?? (argument ? typedTables(context, argument) : null);
          if (names === null) context.report({ node: argument ?? node, messageId: 'nonLiteral' });
          else for (const name of names) check(argument, name, 'insert');
          return;
        }
        if (callee.type !== 'MemberExpression' || callee.computed) return;
        const method = callee.property.name;
        if (KYSELY_WRITES.has(method)) {
          const argument = node.arguments[0];
          const names = literalTables(argument) ?? (argument ? typedTables(context, argument) : null);
          const verb = method === 'deleteFrom' ? 'delete' : method === 'updateTable' ? 'update' : 'insert';
          if (names === null) context.report({ node: argument ?? node, messageId: 'nonLiteral' });
          else for (const name of names) check(argument, name, verb);
          return;
        }
        // sql.raw('INSERT INTO …')
        if (method === 'raw' && callee.object.type === 'Identifier' && callee.object.name === 'sql') {
          const text = literalTables(node.arguments[0]);
          if (text) checkRaw(node, text[0]);
        }
      },
      TaggedTemplateExpression(node) {
        const tag = node.tag;
        const isSql =
          (tag.type === 'Identifier' && tag.name === 'sql') ||
          (tag.type === 'TSInstantiationExpression' && tag.expression.name === 'sql') ||
          (tag.type === 'CallExpression' && tag.callee.name === 'sql');
        if (!isSql) return;
        const quasis = node.quasi.quasis;
        quasis.forEach((quasi, i) => {
          const text = quasi.value.cooked ?? quasi.value.raw;
          checkRaw(quasi, text);
          // `INSERT INTO ${sql.table(name)}`: the table is an expression the rule cannot read.
          if (i < quasis.length - 1 && RAW_WRITE_AT_END.test(text)) {
            context.report({ node: node.quasi.expressions[i], messageId: 'nonLiteral' });
          }
        });
      },
    };
  },
};
