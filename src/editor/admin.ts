// The web editor (/admin/): loads Decap CMS from the site itself, registers the allowlisted MDX
// components, the root-list YAML format and the clean-up of empty optional fields, then starts it
// with the configuration generated at build time (./config.ts), embedded in the page.
import { parse, stringify } from 'yaml';
import { MDX_COMPONENTS } from '../components/mdx/index.ts';
import { editorComponents, emptyOptionalPaths, ROOT_LIST_FORMAT, rootListFormatter, testRepoFiles, type DecapField } from './browser.ts';

interface AdminData {
  config: { collections: { name: string; fields?: DecapField[]; files?: { name: string; fields: DecapField[] }[] }[] };
  /** URL of decap-cms.js, copied into the site by ./integration.ts. */
  script: string;
  /** Trial mode: the corpus, loaded into Decap's in-browser test repository. */
  trial?: { files: { path: string; content: string }[]; folders: string[] };
}

/** The part of Immutable.js Decap hands to event handlers. */
interface ImmutableData {
  toJS(): unknown;
  deleteIn(path: (string | number)[]): ImmutableData;
}
interface ImmutableEntry {
  get(key: 'data'): ImmutableData;
  get(key: 'collection' | 'slug'): string;
}

interface Decap {
  init(options: { config: unknown }): void;
  registerEditorComponent(component: unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableEntry }) => unknown }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
    repoFiles?: Record<string, unknown>;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`impossible de charger ${src}`));
    document.head.append(script);
  });
}

function showError(message: string): void {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `L’éditeur web n’a pas pu démarrer : ${message}`;
  document.body.prepend(p);
}

async function start(): Promise<void> {
  const element = document.getElementById('carnet-decap');
  if (!element?.textContent) throw new Error('configuration absente de la page');
  const data = JSON.parse(element.textContent) as AdminData;

  window.CMS_MANUAL_INIT = true;
  if (data.trial) window.repoFiles = testRepoFiles(data.trial.files, data.trial.folders);
  await loadScript(data.script);
  const cms = window.CMS;
  if (!cms) throw new Error('Decap CMS ne s’est pas chargé');

  // lineWidth 0: long descriptions stay on one line, as authors wrote them, so that diffs stay small.
  cms.registerCustomFormat(
    ROOT_LIST_FORMAT,
    'yaml',
    rootListFormatter({ parse, stringify: (value) => stringify(value, { lineWidth: 0 }) }),
  );
  for (const component of editorComponents(MDX_COMPONENTS)) cms.registerEditorComponent(component);

  // An optional field left empty would be saved as "" (or an object of empty fields), which the
  // schema refuses: remove it before the save, as if it had never been filled.
  const fieldsOf = new Map<string, DecapField[]>();
  for (const collection of data.config.collections) {
    if (collection.fields) fieldsOf.set(collection.name, collection.fields);
  }
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const fields = fieldsOf.get(entry.get('collection'));
      const values = entry.get('data');
      if (!fields) return undefined;
      return emptyOptionalPaths(fields, values.toJS()).reduce((acc, path) => acc.deleteIn(path), values);
    },
  });

  cms.init({ config: data.config });
}

start().catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
