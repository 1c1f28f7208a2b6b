/**
 * The web editor's configuration (Decap CMS at /admin/), generated at build time from the content model:
 * each collection of src/model/collections.ts, each field of its schema read through zod's public JSON
 * Schema (labels, hints and lists from the fields' metadata), same required fields, closed lists, links
 * and rules. The French message of a rule is the model's own, found by running the schema on a wrong value.
 * The browser part is in ./browser.ts, the settings in ./settings.ts, the CSP in ./csp.ts.
 */
import { z } from 'astro/zod';
import { MDX_COMPONENTS } from '../components/mdx/index.ts';
import { closedListOptions } from '../lib/vocabulary.ts';
import { jsonSchema, type SchemaNode as Node } from '../model/describe.ts';
import { bodySections, collectionInfo, COLLECTIONS, CONTENT_DIR, type CollectionName } from '../model/index.ts';
import { editorComponentId, ROOT_LIST_FIELD, ROOT_LIST_FORMAT, type DecapField } from './browser.ts';
import type { DecapSettings } from './settings.ts';

/** Images are files of the repository (the checker's rule): the picker's pattern. */
const IMAGE_PATTERN: [string, string] = [
  '^/images/[a-z0-9][a-z0-9._-]*\\.(webp|png|jpe?g|avif)$',
  'image du dépôt attendue : /images/nom-de-l-image.webp (WebP, PNG, JPEG ou AVIF)',
];

/** Select options with French labels; throws for a closed list src/lib/vocabulary.ts does not know. */
export function enumOptions(values: readonly unknown[]): { label: string; value: string }[] {
  const options = closedListOptions(values.map(String));
  if (!options) throw new Error(`Liste fermée sans libellés français (src/lib/vocabulary.ts) : ${values.join(', ')}.`);
  return options.map(({ label, value }) => ({ label, value }));
}

/** Relation widget options: what is stored (the id) and what an author searches and sees. */
export function relationOptions(target: CollectionName): Partial<DecapField> {
  const { identifier, kind } = collectionInfo(target);
  if (kind === 'file') {
    return {
      collection: target,
      file: target,
      value_field: `${ROOT_LIST_FIELD}.*.id`,
      search_fields: [`${ROOT_LIST_FIELD}.*.${identifier}`, `${ROOT_LIST_FIELD}.*.id`],
      display_fields: [`${ROOT_LIST_FIELD}.*.${identifier}`],
      options_length: 100,
    };
  }
  return { collection: target, value_field: '{{slug}}', search_fields: [identifier], display_fields: [identifier], options_length: 50 };
}

const DATE_OPTIONS: Partial<DecapField> = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD/MM/YYYY',
  time_format: false,
  picker_utc: true,
};

/** Where a field stands in an entry, to run the schema on a wrong value of it (numbers are list items). */
type Probe = (string | number)[];

/** The walk of one collection: its schema, to find the model's message of a rule. */
interface Walk {
  collection: CollectionName;
  schema: z.ZodType;
}

/**
 * The French message the model gives when a text breaks the field's rule (its pattern, e-mail or address
 * format): the schema is run on an entry whose field holds a blank, and the issue at that field is read.
 */
function ruleMessage(walk: Walk, probe: Probe, fallback: string): string {
  const value = probe.reduceRight<unknown>((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), ' ');
  const issue = walk.schema.safeParse(value).error?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(probe));
  return issue && !/^Invalid/.test(issue.message) ? issue.message : fallback;
}

/** A Decap pattern mirroring the string rules of a field: its pattern or format, or its length. */
function stringPattern(walk: Walk, probe: Probe, node: Node): [string, string] | undefined {
  if (node.pattern) return [node.pattern, ruleMessage(walk, probe, 'format non valide')];
  if (node.maxLength !== undefined) return [`^[\\s\\S]{0,${node.maxLength}}$`, `${node.maxLength} caractères au plus`];
  return undefined;
}

const withPattern = (pattern: [string, string] | undefined): Partial<DecapField> => (pattern ? { pattern } : {});

function numberOptions(node: Node): Partial<DecapField> {
  const int = node.type === 'integer';
  const options: Partial<DecapField> = { value_type: int ? 'int' : 'float' };
  const bound = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
  // Decap's bounds are inclusive: an exclusive bound on an integer moves by one; on a decimal number it stays.
  const shift = int ? 1 : 0;
  const min = bound(node.minimum) ?? (bound(node.exclusiveMinimum) !== undefined ? (node.exclusiveMinimum ?? 0) + shift : undefined);
  const max = bound(node.maximum) ?? (bound(node.exclusiveMaximum) !== undefined ? (node.exclusiveMaximum ?? 0) - shift : undefined);
  if (min !== undefined) options.min = min;
  if (max !== undefined) options.max = max;
  return options;
}

/**
 * The Decap field of one field of the model; `path` is its dotted path in the collection ("financements.source").
 * `inOptional` names the optional object the field belongs to: Decap would refuse to save while a
 * required field of an empty optional object is empty, so such a field is optional in the editor (the
 * schema still requires it once the object is filled, and the hint says so).
 */
function schemaField(walk: Walk, path: string, probe: Probe, node: Node, listed: boolean, inOptional?: string): DecapField {
  const name = path.split('.').pop() ?? path;
  if (!node.label)
    throw new Error(
      `Le champ « ${path} » de « ${walk.collection} » n’a pas de libellé : donnez-le avec field() dans src/model/${walk.collection}.ts.`,
    );
  const schemaRequired = listed && node.default === undefined;
  const required = schemaRequired && !inOptional;
  const hint = [node.hint, schemaRequired && inOptional ? `Obligatoire si vous remplissez « ${inOptional} ».` : undefined]
    .filter(Boolean)
    .join(' ');
  const base: DecapField = { name, label: node.label, widget: 'string', required, ...(hint ? { hint } : {}) };
  const field = { ...base, ...widgetOptions(walk, path, probe, node, required, inOptional ?? (required ? undefined : node.label)) };
  if (node.default !== undefined && !(Array.isArray(node.default) && node.default.length === 0)) field.default = node.default;
  if (node.initial !== undefined && node.initial !== 'today') field.default = node.initial;
  if (node.widget === 'image') return { ...field, widget: 'image', choose_url: false, pattern: IMAGE_PATTERN };
  if (node.widget === 'file') {
    const folder = node.publicFolder ?? '/';
    return { ...field, widget: 'file', choose_url: false, media_folder: `/public${folder}`, public_folder: folder };
  }
  return field;
}

function widgetOptions(
  walk: Walk,
  path: string,
  probe: Probe,
  node: Node,
  required: boolean,
  optionalScope: string | undefined,
): Partial<DecapField> {
  if (node.reference) return { widget: 'relation', ...relationOptions(node.reference) };
  // An optional date starts empty rather than today; not inside a list item, where Decap would take a
  // subfield's default as a reason to start the list with one item.
  const inList = probe.some((key) => typeof key === 'number');
  if (node.format === 'date')
    return { ...DATE_OPTIONS, ...(required || inList ? {} : { default: '' }), ...withPattern(stringPattern(walk, probe, node)) };
  if (node.enum) return { widget: 'select', options: enumOptions(node.enum) };
  switch (node.type) {
    case 'string':
      return {
        widget: node.maxLength !== undefined && node.maxLength > 200 ? 'text' : 'string',
        ...withPattern(stringPattern(walk, probe, node)),
      };
    case 'number':
    case 'integer':
      return { widget: 'number', ...numberOptions(node) };
    case 'boolean':
      return { widget: 'boolean', ...(required ? { default: false } : {}) };
    case 'object':
      return { widget: 'object', collapsed: false, fields: objectFields(walk, path, probe, node, optionalScope) };
    case 'array':
      return arrayOptions(walk, path, probe, node);
    default:
      throw new Error(`Type de champ « ${node.type ?? '?'} » non pris en charge par l’éditeur web (${walk.collection} : ${path}).`);
  }
}

function arrayOptions(walk: Walk, path: string, probe: Probe, node: Node): Partial<DecapField> {
  const bounds = node.minItems ? { min: node.minItems } : {};
  const element = node.items ?? {};
  if (element.reference) return { widget: 'relation', multiple: true, ...bounds, ...relationOptions(element.reference) };
  if (element.enum) return { widget: 'select', multiple: true, ...bounds, options: enumOptions(element.enum) };
  const item = node.item ? { label_singular: node.item } : {};
  if (element.type === 'object') {
    const fields = objectFields(walk, path, [...probe, 0], element);
    const first = fields[0]?.name;
    return { widget: 'list', ...item, ...bounds, collapsed: true, ...(first ? { summary: `{{fields.${first}}}` } : {}), fields };
  }
  // A list of single values: Decap stores a plain YAML list with `field`.
  const label = node.item ? node.item[0]?.toUpperCase() + node.item.slice(1) : node.label;
  const single = schemaField(walk, path, [...probe, 0], { ...element, label: label ?? path }, true);
  delete single.hint;
  // Shown unfolded: each item is a single line of text, read at a glance.
  return { widget: 'list', ...item, ...bounds, collapsed: false, field: { ...single, name: 'element', required: true } };
}

function objectFields(walk: Walk, path: string, probe: Probe, node: Node, inOptional?: string): DecapField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, sub]) =>
    schemaField(walk, path ? `${path}.${key}` : key, [...probe, key], sub, required.has(key), inOptional),
  );
}

/** The fields of a collection's entries, as the editor shows them. */
export function collectionFields(collection: CollectionName, schema: z.ZodType): DecapField[] {
  return objectFields({ collection, schema }, '', [], jsonSchema(schema));
}

// ---------------------------------------------------------------------------------------------
// The configuration.

export interface DecapCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  preview_path?: string;
  fields?: DecapField[];
  files?: { name: string; label: string; file: string; fields: DecapField[] }[];
}

export interface DecapConfig {
  locale: 'fr';
  load_config_file: false;
  backend: Record<string, unknown>;
  local_backend?: { url: string };
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url?: string;
  display_url?: string;
  logo_url?: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: string };
  collections: DecapCollection[];
}

/** Markdown toolbar: no level-1 heading (the page title comes from « titre »), no raw code. */
const MARKDOWN_BUTTONS = [
  'bold',
  'italic',
  'link',
  'heading-two',
  'heading-three',
  'heading-four',
  'quote',
  'bulleted-list',
  'numbered-list',
];

/** The body of an entry: Markdown with, in MDX, the allowed components; a case study starts with its sections. */
function bodyField(collection: CollectionName): DecapField {
  const info = collectionInfo(collection);
  const mdx = info.extension !== 'md';
  const sections = bodySections[collection];
  return {
    name: 'body',
    label: info.body?.label ?? 'Texte de la fiche',
    widget: 'markdown',
    required: true,
    hint:
      info.body?.hint ??
      (mdx
        ? 'Commencez les sections par un titre de niveau 2. Les blocs Encadré, Citation et Alerte s’insèrent avec le bouton « + ».'
        : 'Le texte de la fiche.'),
    buttons: MARKDOWN_BUTTONS,
    editor_components: ['image', ...(mdx ? Object.keys(MDX_COMPONENTS).map(editorComponentId) : [])],
    modes: ['rich_text', 'raw'],
    sanitize_preview: true,
    ...(sections ? { default: sections.map((s) => `## ${s}\n\n`).join('\n') } : {}),
  };
}

/** Commit and merge request messages, in French. */
const COMMIT_MESSAGES = {
  create: 'Création de « {{slug}} » ({{collection}})',
  update: 'Mise à jour de « {{slug}} » ({{collection}})',
  delete: 'Suppression de « {{slug}} » ({{collection}})',
  uploadMedia: 'Ajout du fichier {{path}}',
  deleteMedia: 'Suppression du fichier {{path}}',
  openAuthoring: '{{message}}',
};

export function backendConfig(settings: DecapSettings): Record<string, unknown> {
  switch (settings.backend) {
    case 'test':
      return { name: 'test-repo' };
    case 'github': {
      const auth = new URL(settings.authUrl ?? '');
      return {
        name: 'github',
        repo: settings.repo,
        branch: settings.branch,
        base_url: auth.origin,
        auth_endpoint: auth.pathname.replace(/^\/+/, '') || 'auth',
        ...(settings.apiRoot ? { api_root: settings.apiRoot } : {}),
        commit_messages: COMMIT_MESSAGES,
      };
    }
    case 'gitlab':
      return {
        name: 'gitlab',
        repo: settings.repo,
        branch: settings.branch,
        auth_type: 'pkce',
        app_id: settings.appId,
        base_url: settings.gitlabUrl,
        auth_endpoint: 'oauth/authorize',
        api_root: settings.apiRoot ?? `${settings.gitlabUrl}/api/v4`,
        commit_messages: COMMIT_MESSAGES,
      };
  }
}

/** The whole Decap configuration, for CMS.init({ config }). `site` is the public URL of the site, base included. */
export function decapConfig(
  schemas: Record<CollectionName, z.ZodType>,
  settings: DecapSettings,
  options: { site?: string } = {},
): DecapConfig {
  const collections = COLLECTIONS.map((name): DecapCollection => {
    const info = collectionInfo(name);
    const about = { name, label: info.label, label_singular: info.singular, description: info.description };
    if (info.kind === 'file' && info.single) {
      return {
        ...about,
        format: 'yaml',
        files: [{ name, label: info.label, file: `${CONTENT_DIR}/${info.folder}`, fields: collectionFields(name, schemas[name]) }],
      };
    }
    if (info.kind === 'file') {
      return {
        ...about,
        format: ROOT_LIST_FORMAT,
        files: [
          {
            name,
            label: `Liste des ${info.label.toLowerCase()}`,
            file: `${CONTENT_DIR}/${info.folder}`,
            fields: [
              {
                name: ROOT_LIST_FIELD,
                label: info.label,
                widget: 'list',
                required: true,
                label_singular: info.singular.toLowerCase(),
                collapsed: true,
                summary: `{{fields.${info.identifier}}}`,
                fields: collectionFields(name, schemas[name]),
              },
            ],
          },
        ],
      };
    }
    const fields = collectionFields(name, schemas[name]);
    return {
      ...about,
      folder: `${CONTENT_DIR}/${info.folder}`,
      extension: info.extension ?? 'mdx',
      format: 'yaml-frontmatter',
      create: true,
      slug: '{{slug}}',
      identifier_field: info.identifier,
      summary: `{{${info.identifier}}}`,
      sortable_fields: [info.identifier, ...(fields.some((f) => f.name === 'publie') ? ['publie'] : [])],
      preview_path: `${name}/{{slug}}/`,
      fields: [...fields, bodyField(name)],
    };
  });
  return {
    locale: 'fr',
    load_config_file: false,
    backend: backendConfig(settings),
    ...(settings.localBackend ? { local_backend: { url: settings.localBackend } } : {}),
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    ...(options.site ? { site_url: options.site, display_url: options.site } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
