/**
 * The fields of a collection as plain data, read from the model through zod's public JSON Schema: name,
 * French label, hint, example, kind, rules and closed-list values. The open-data documentation,
 * CONTRIBUTING.md's tables and `npm run nouveau` read the model through this one function; the web editor
 * reads the same JSON Schema.
 */
import { z } from 'astro/zod';
import { closedListOptions } from '../lib/vocabulary.ts';
import type { CollectionName } from './collections.ts';
import type { FieldMeta } from './fields.ts';
import { schemas } from './index.ts';

/** A node of the model's JSON Schema (input side), with the fields' metadata (./fields.ts). */
export interface SchemaNode extends Partial<FieldMeta> {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
  reference?: CollectionName;
}

/** The JSON Schema of a schema's input (what is written in a file), through zod's public API. */
export const jsonSchema = (schema: z.ZodType): SchemaNode => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;

export type FieldKind = 'texte' | 'date' | 'reference' | 'choix' | 'entier' | 'nombre' | 'booleen' | 'url' | 'courriel' | 'objet';

export interface FieldDoc {
  /** Key in the file ("misAJour"). */
  key: string;
  /** Dotted path from the entry ("financements.source"). */
  path: string;
  label: string;
  /** The name on the published page (the label unless the model gives a shorter one). */
  display: string;
  hint?: string;
  example?: string;
  /** For a list: one item ("partenaire"). */
  item?: string;
  /** The value a form proposes ("today" for a date: the day the entry is created). */
  initial?: unknown;
  /** Asked by `npm run nouveau` although optional. */
  ask?: boolean;
  /** Neither optional nor given a default by the model. */
  required: boolean;
  /** What one value is (for a list: one item). */
  kind: FieldKind;
  /** A list of such values. */
  list: boolean;
  minItems?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** The minimum itself is refused (a number "greater than 0"). */
  exclusiveMinimum?: boolean;
  /** The collection a reference points to. */
  reference?: CollectionName;
  /** A closed list: its values and their French labels. */
  values?: { value: string; label: string }[];
  /** An object, or a list of objects: its fields. */
  fields?: FieldDoc[];
}

function kindOf(node: SchemaNode): FieldKind {
  if (node.reference) return 'reference';
  if (node.format === 'date') return 'date';
  if (node.enum) return 'choix';
  if (node.format === 'uri') return 'url';
  if (node.format === 'email') return 'courriel';
  if (node.type === 'integer') return 'entier';
  if (node.type === 'number') return 'nombre';
  if (node.type === 'boolean') return 'booleen';
  if (node.type === 'object') return 'objet';
  return 'texte';
}

const bound = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);

function fieldDoc(key: string, path: string, node: SchemaNode, required: boolean): FieldDoc {
  const list = node.type === 'array';
  const one = list ? (node.items ?? {}) : node;
  const kind = kindOf(one);
  const doc: FieldDoc = {
    key,
    path,
    label: node.label ?? key,
    display: node.display ?? node.label ?? key,
    required: required && node.default === undefined,
    kind,
    list,
  };
  if (node.hint) doc.hint = node.hint;
  if (node.example) doc.example = node.example;
  if (node.item) doc.item = node.item;
  if (node.initial !== undefined) doc.initial = node.initial;
  if (node.ask) doc.ask = true;
  if (node.minItems) doc.minItems = node.minItems;
  if (one.maxLength !== undefined) doc.maxLength = one.maxLength;
  const minimum = bound(one.minimum) ?? bound(one.exclusiveMinimum);
  const maximum = bound(one.maximum) ?? bound(one.exclusiveMaximum);
  if (minimum !== undefined) doc.minimum = minimum;
  if (bound(one.minimum) === undefined && bound(one.exclusiveMinimum) !== undefined) doc.exclusiveMinimum = true;
  if (maximum !== undefined) doc.maximum = maximum;
  if (one.reference) doc.reference = one.reference;
  if (one.enum) {
    const values = one.enum.map(String);
    doc.values = closedListOptions(values) ?? values.map((value) => ({ value, label: value }));
  }
  if (kind === 'objet') doc.fields = objectDocs(one, path);
  return doc;
}

function objectDocs(node: SchemaNode, prefix: string): FieldDoc[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, sub]) =>
    fieldDoc(key, prefix ? `${prefix}.${key}` : key, sub, required.has(key)),
  );
}

const cache = new Map<CollectionName, FieldDoc[]>();

/** The fields of a collection's entries, in the model's order. */
export function fieldDocs(collection: CollectionName): FieldDoc[] {
  let docs = cache.get(collection);
  if (!docs) {
    docs = objectDocs(jsonSchema(schemas[collection]), '');
    cache.set(collection, docs);
  }
  return docs;
}

/** The name of a top-level field on the published page ("Porté par" for labs' porteur), from the model. */
export function pageLabel(collection: CollectionName, key: string): string {
  const doc = fieldDocs(collection).find((d) => d.key === key);
  if (!doc) throw new Error(`Le modèle de « ${collection} » n’a pas de champ « ${key} ».`);
  return doc.display;
}
