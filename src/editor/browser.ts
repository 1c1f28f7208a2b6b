/**
 * What the web editor (Decap CMS, /admin/) runs in the browser, kept pure and free of Node imports:
 * the shapes of the Decap configuration, the MDX editor components made from the allowlist, the
 * format of root-level YAML lists and the clean-up of empty optional fields before a save.
 * The configuration itself is generated at build time by src/editor/config.ts.
 */
import type { ElementContent } from 'hast';
import type { MdxComponent } from '../components/mdx/index.ts';
import { escapeAttribute, escapeHtml } from '../lib/html.ts';

/** One field of a Decap collection (only the options this project uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  /** Regular expression source and the message shown when the value does not match. */
  pattern?: [string, string];
  default?: unknown;
  /** object and list widgets: subfields; list of single values: `field`. */
  fields?: DecapField[];
  field?: DecapField;
  /** list widget: item label in "Ajouter …", summary template, folded items. */
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  /** select, relation and list widgets: several values, bounds. */
  multiple?: boolean;
  min?: number;
  max?: number;
  options?: { label: string; value: string }[];
  /** relation widget. */
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  /** number widget. */
  value_type?: 'int' | 'float';
  step?: number;
  /** datetime widget. */
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  /** image and file widgets. */
  choose_url?: boolean;
  media_folder?: string;
  public_folder?: string;
  /** markdown widget. */
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
  sanitize_preview?: boolean;
}

/** The format of YAML files whose root is a list (content/thematiques.yaml), which Decap cannot edit as is. */
export const ROOT_LIST_FORMAT = 'liste-yaml';
/** The field the root list is wrapped in while it is edited: { liste: [...] }. */
export const ROOT_LIST_FIELD = 'liste';

interface Yaml {
  parse(text: string): unknown;
  stringify(value: unknown): string;
}

/** Decap custom format (CMS.registerCustomFormat): a root-level YAML list, seen as { liste: [...] }. */
export function rootListFormatter(yaml: Yaml) {
  return {
    fromFile(content: string): Record<string, unknown> {
      const value = yaml.parse(content);
      return { [ROOT_LIST_FIELD]: Array.isArray(value) ? value : [] };
    },
    toFile(data: Record<string, unknown>): string {
      const list = data[ROOT_LIST_FIELD];
      return yaml.stringify(Array.isArray(list) ? list : []);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Editor components: the allowlisted MDX components, insertable from the Markdown editor.

/** Name of the editor field holding what goes between the opening and closing tags. */
export const CHILDREN_FIELD = 'contenu';

/** Display names, when a component's name lacks its accents. */
const DISPLAY_NAMES: Record<string, string> = { Encadre: 'Encadré' };

export interface EditorComponentField {
  name: string;
  label: string;
  widget: 'string' | 'select' | 'text';
  required: boolean;
  hint?: string;
  options?: { label: string; value: string }[];
  default?: string;
}

/** What CMS.registerEditorComponent takes. */
export interface EditorComponent {
  id: string;
  label: string;
  fields: EditorComponentField[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, unknown>): string;
  toPreview(data: Record<string, unknown>): string;
}

/** The Decap id of a component ("Encadre" → "encadre"), as listed in a markdown field's editor_components. */
export const editorComponentId = (name: string) => name.toLowerCase();

/** The reverse of escapeAttribute, plus the other entities an author may have typed in the file. */
export function decodeAttribute(value: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return named[code.toLowerCase()] ?? whole;
  });
}

/** The MDX text of a component: `<Encadre titre="…">`, a blank line, the Markdown content, `</Encadre>`. */
export function mdxBlock(name: string, component: MdxComponent, data: Record<string, unknown>): string {
  const attributes = Object.keys(component.props)
    .map((prop) => [prop, typeof data[prop] === 'string' ? data[prop].trim() : ''] as const)
    .filter(([prop, value]) => value !== '' || component.props[prop]?.required)
    .map(([prop, value]) => ` ${prop}="${escapeAttribute(value)}"`)
    .join('');
  const children = typeof data[CHILDREN_FIELD] === 'string' ? data[CHILDREN_FIELD].trim() : '';
  return `<${name}${attributes}>\n\n${children}\n\n</${name}>`;
}

/** Minimal HTML of the hast tree a component renders, for Decap's preview pane (text only, escaped). */
function previewHtml(node: {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
}): string {
  if (node.type === 'text') return escapeHtml(node.value ?? '');
  if (node.type !== 'element' || !node.tagName) return '';
  const className = node.properties?.className;
  const cls = Array.isArray(className) && className.length ? ` class="${escapeHtml(className.join(' '))}"` : '';
  const inner = (node.children ?? []).map((child) => previewHtml(child as Parameters<typeof previewHtml>[0])).join('');
  return `<${node.tagName}${cls}>${inner}</${node.tagName}>`;
}

/** One Decap editor component per allowlisted MDX component, with a field per prop and one for the content. */
export function editorComponents(components: Record<string, MdxComponent>): EditorComponent[] {
  return Object.entries(components).map(([name, component]) => {
    const fields: EditorComponentField[] = Object.entries(component.props).map(([prop, spec]) => ({
      name: prop,
      label: spec.description,
      widget: spec.values ? 'select' : 'string',
      required: spec.required,
      ...(spec.values ? { options: spec.values.map((v) => ({ label: v, value: v })), default: spec.values[0] ?? '' } : {}),
    }));
    fields.push({
      name: CHILDREN_FIELD,
      label: 'Contenu',
      widget: 'text',
      required: false,
      hint: 'Du texte en Markdown : paragraphes, **gras**, listes, liens.',
    });
    // Anchored, without the multiline flag (Decap requires both); attributes in double or single quotes.
    const pattern = new RegExp(`^<${name}((?:\\s+[A-Za-z][\\w-]*=(?:"[^"]*"|'[^']*'))*)\\s*>([\\s\\S]*?)</${name}>`);
    return {
      id: editorComponentId(name),
      label: DISPLAY_NAMES[name] ?? name,
      fields,
      pattern,
      fromBlock(match: RegExpMatchArray): Record<string, string> {
        const data: Record<string, string> = {};
        for (const [, prop, double, single] of (match[1] ?? '').matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g)) {
          if (prop) data[prop] = decodeAttribute(double ?? single ?? '');
        }
        data[CHILDREN_FIELD] = (match[2] ?? '')
          .replace(/^\s*\n/, '')
          .replace(/\n\s*$/, '')
          .trim();
        return data;
      },
      toBlock: (data) => mdxBlock(name, component, data),
      toPreview(data: Record<string, unknown>): string {
        const props = Object.fromEntries(Object.keys(component.props).map((p) => [p, typeof data[p] === 'string' ? data[p] : '']));
        const text = typeof data[CHILDREN_FIELD] === 'string' ? data[CHILDREN_FIELD] : '';
        const paragraphs: ElementContent[] = text
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: p.trim() }] }));
        return previewHtml(component.render(props, paragraphs));
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Before a save: optional fields left empty are removed, as the schema refuses "" for them.

type Path = (string | number)[];

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'number' && Number.isNaN(value));

/** True when an object holds nothing but blank values (an optional image whose fields were never filled). */
function isBlankObject(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value as Record<string, unknown>).every((v) => isBlankObject(v) || (Array.isArray(v) && v.length === 0));
}

/** The paths of optional fields that hold an empty value ("", null, an object of empty fields), deepest first. */
export function emptyOptionalPaths(fields: readonly DecapField[], data: unknown, prefix: Path = []): Path[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const paths: Path[] = [];
  for (const field of fields) {
    if (!(field.name in record)) continue;
    const value = record[field.name];
    const path = [...prefix, field.name];
    if (!field.required && (field.widget === 'object' ? isBlankObject(value) : isBlank(value))) {
      paths.push(path);
      continue;
    }
    // Inside a filled optional object (an image), Decap's required flags are laxer than the schema's
    // (./config.ts): its fields are kept as they are, "" included (alt="" for a decorative image).
    if (field.widget === 'object' && field.fields && field.required) paths.push(...emptyOptionalPaths(field.fields, value, path));
    if (field.widget === 'list' && field.fields && Array.isArray(value)) {
      value.forEach((item, index) => paths.push(...emptyOptionalPaths(field.fields ?? [], item, [...path, index])));
    }
  }
  return paths;
}

// ---------------------------------------------------------------------------------------------
// Trial mode: the corpus in Decap's in-browser test repository.

/**
 * Files in the shape of Decap's in-browser test repository (window.repoFiles): nested by folder, as it
 * reads and writes single files, and also under the whole folder path ("content/projets"), as it lists
 * a collection; both are the same object, so that what is saved in the session is listed too.
 */
export function testRepoFiles(
  files: readonly { path: string; content: string }[],
  folders: readonly string[] = [],
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const folder = (dir: string) => {
    let node = root;
    for (const part of dir.split('/')) node = (node[part] ??= {}) as Record<string, unknown>;
    if (dir.includes('/')) root[dir] = node;
    return node;
  };
  for (const dir of folders) folder(dir);
  for (const { path, content } of files) {
    const cut = path.lastIndexOf('/');
    const node = cut < 0 ? root : folder(path.slice(0, cut));
    node[path.slice(cut + 1)] = { content, path };
  }
  return root;
}
