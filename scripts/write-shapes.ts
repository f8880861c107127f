/**
 * Writes src/model/shape/documentShapes.generated.ts: the zod schemas of the orchestration and
 * scenario documents as plain data (src/model/shape/shapeTypes.ts), so that the app's first load
 * and `stageflow validate` check a document without zod (docs/performance.md). `npm run shapes`
 * regenerates it; write-shapes.test.ts fails when the committed file is not current. Anything the
 * shapes cannot say (a refinement, a transform, a default, a message on a schema other than a
 * union) stops the script, so the two can never quietly disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { JsonValue, Orchestration } from '../src/model/schema';
import type { ShapeCheck, ShapeNode, ShapeTable, ShapeValue } from '../src/model/shape/shapeTypes';

export const SHAPES_FILE = fileURLToPath(new URL('../src/model/shape/documentShapes.generated.ts', import.meta.url));

type Schema = z.core.$ZodType;

interface CheckDef {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
  when?: unknown;
  abort?: boolean;
}

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  error?: (issue: unknown) => unknown;
  element?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  options?: Schema[];
  discriminator?: string;
  unionFallback?: boolean;
  values?: ShapeValue[];
  entries?: Record<string, ShapeValue>;
  innerType?: Schema;
  mode?: string;
  coerce?: boolean;
}

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

function messageOf(error: ((issue: unknown) => unknown) | undefined): string | undefined {
  if (!error) return undefined;
  const made = error({});
  if (typeof made === 'string') return made;
  if (typeof made === 'object' && made !== null && 'message' in made && typeof made.message === 'string') return made.message;
  throw new Error('write-shapes: a message that depends on the issue cannot be written out');
}

function checkOf(def: CheckDef, owner: string): ShapeCheck {
  if (def.abort || (def.when !== undefined && def.check !== 'min_length' && def.check !== 'max_length')) throw new Error(`write-shapes: ${owner} check "${def.check}" with abort/when is not supported`);
  const m = messageOf(def.error);
  const withMessage = <T extends ShapeCheck>(check: T): T => (m === undefined ? check : { ...check, m });
  switch (def.check) {
    case 'min_length': return withMessage({ k: 'minLength', v: def.minimum! });
    case 'max_length': return withMessage({ k: 'maxLength', v: def.maximum! });
    case 'string_format':
      if (def.format !== 'regex' || !def.pattern) throw new Error(`write-shapes: string format "${String(def.format)}" is not supported`);
      return withMessage({ k: 'regex', re: def.pattern.source, flags: def.pattern.flags });
    case 'number_format':
      if (def.format !== 'safeint') throw new Error(`write-shapes: number format "${String(def.format)}" is not supported`);
      return withMessage({ k: 'int' });
    case 'greater_than': return withMessage({ k: def.inclusive ? 'gte' : 'gt', v: def.value as number });
    case 'less_than': return withMessage({ k: def.inclusive ? 'lte' : 'lt', v: def.value as number });
    default: throw new Error(`write-shapes: ${owner} check "${def.check}" is not supported`);
  }
}

/** Writes a zod schema out as a node table, refusing what the shapes cannot say. */
export function shapeOf(root: Schema, json: Schema): ShapeTable {
  const nodes: ShapeNode[] = [];
  const seen = new Map<Schema, number>();

  const visit = (schema: Schema): number => {
    const known = seen.get(schema);
    if (known !== undefined) return known;
    const index = nodes.length;
    seen.set(schema, index);
    nodes.push({ t: 'null' });
    nodes[index] = describe(schema);
    return index;
  };

  const describe = (schema: Schema): ShapeNode => {
    if (schema === json) return { t: 'json' };
    const def = defOf(schema);
    if (def.coerce) throw new Error('write-shapes: coercion is not supported');
    const checks = def.checks?.map((c) => checkOf(c._zod.def, def.type));
    const m = messageOf(def.error);
    if (m !== undefined && def.type !== 'union') throw new Error(`write-shapes: a message on a ${def.type} schema is not supported`);
    if (checks?.length && def.type !== 'string' && def.type !== 'number' && def.type !== 'array') throw new Error(`write-shapes: checks on a ${def.type} schema are not supported`);
    const c = checks?.length ? { c: checks } : {};
    switch (def.type) {
      case 'string': case 'number': return { t: def.type, ...c };
      case 'boolean': case 'null': return { t: def.type };
      case 'literal': return { t: 'values', v: [...def.values!] };
      case 'enum': return { t: 'values', v: Object.values(def.entries!) };
      case 'array': return { t: 'array', e: visit(def.element!), ...c };
      case 'optional': return { t: 'optional', i: visit(def.innerType!) };
      case 'nullable': return { t: 'nullable', i: visit(def.innerType!) };
      case 'record':
        if (defOf(def.keyType!).type !== 'string' || defOf(def.keyType!).checks?.length || def.mode) throw new Error('write-shapes: only records with plain string keys are supported');
        return { t: 'record', v: visit(def.valueType!) };
      case 'object': {
        const catchall = def.catchall ? defOf(def.catchall).type : undefined;
        const x = catchall === undefined ? 'strip' : catchall === 'never' ? 'strict' : catchall === 'unknown' ? 'loose' : undefined;
        if (!x) throw new Error(`write-shapes: a ${String(catchall)} catch-all is not supported`);
        return { t: 'object', s: Object.entries(def.shape!).map(([key, value]) => [key, visit(value)]), x };
      }
      case 'union': {
        const options = def.options!.map(visit);
        const mm = m === undefined ? {} : { m };
        if (def.discriminator === undefined) return { t: 'union', o: options, ...mm };
        if (def.unionFallback) throw new Error('write-shapes: unionFallback is not supported');
        const o: Array<[ShapeValue, number]> = [];
        def.options!.forEach((option, i) => {
          const tag = defOf(option).shape?.[def.discriminator!];
          const tagDef = tag ? defOf(tag) : undefined;
          if (!tagDef || (tagDef.type !== 'literal' && tagDef.type !== 'enum')) throw new Error('write-shapes: a discriminator must be a literal or an enum');
          const values = tagDef.type === 'literal' ? tagDef.values! : Object.values(tagDef.entries!);
          for (const value of values) o.push([value, options[i]!]);
        });
        return { t: 'choice', d: def.discriminator, o, ...mm };
      }
      default: throw new Error(`write-shapes: a ${def.type} schema is not supported`);
    }
  };

  const rootIndex = visit(root);
  // zod decides optionality itself (optin/optout); checkShape derives it from the nodes; both must agree.
  const absentOk = (index: number): boolean => {
    const node = nodes[index]!;
    if (node.t === 'optional') return true;
    if (node.t === 'nullable') return absentOk(node.i);
    return node.t === 'union' && node.o.some(absentOk);
  };
  for (const [schema, index] of seen) {
    const optin = schema._zod.optin;
    const optout = schema._zod.optout;
    if (optin === 'defaulted' || (optin === 'optional') !== (optout === 'optional') || (optin === 'optional') !== absentOk(index)) {
      throw new Error(`write-shapes: node ${index} (${defOf(schema).type}) is optional in a way the shapes cannot say`);
    }
  }
  return { nodes, root: rootIndex };
}

/** The text of the generated file. */
export function renderShapes(): string {
  const table = shapeOf(Orchestration, JsonValue);
  const rows = table.nodes.map((node, i) => `    /* ${i} */ ${JSON.stringify(node)},`).join('\n');
  return `// Generated by \`npm run shapes\` (scripts/write-shapes.ts) from src/model/orchestrationSchema.ts. Do not edit.
import type { ShapeTable } from './shapeTypes';

/** The orchestration document (FORMAT.md §2) as the zod schema \`Orchestration\` says it. */
export const ORCHESTRATION_SHAPE: ShapeTable = {
  root: ${table.root},
  nodes: [
${rows}
  ],
};
`;
}

function main(): void {
  writeFileSync(SHAPES_FILE, renderShapes());
  console.log('wrote src/model/shape/documentShapes.generated.ts');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
