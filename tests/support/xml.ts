/**
 * A strict little XML reader for the tests: enough of XML 1.0 to prove a feed well-formed (one root,
 * tags nested and closed, attributes quoted and unique, only the five named entities or numeric
 * references, no stray "<" or "&") and to walk it. Throws with the offset of the first fault.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`XML mal formé vers ${at} : « & » non échappé`);
    if (ENTITIES[ref]) return ENTITIES[ref];
    const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
    if (Number.isNaN(code)) throw new Error(`XML mal formé vers ${at} : entité inconnue « ${whole} »`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(source: string): XmlElement {
  const xml = source.replace(/^\uFEFF/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`XML mal formé vers ${i} : ${why}`);
  };
  const skipTo = (end: string) => {
    const j = xml.indexOf(end, i);
    if (j < 0) fail(`« ${end} » manquant`);
    const inner = xml.slice(i, j);
    i = j + end.length;
    return inner;
  };
  if (!xml.startsWith('<?xml ')) fail('déclaration <?xml … ?> absente');

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text) {
      const top = stack.at(-1);
      if (top) top.children.push(decode(text, i));
      else if (text.trim()) fail('texte hors de l’élément racine');
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<?', i)) {
      i += 2;
      skipTo('?>');
    } else if (xml.startsWith('<!--', i)) {
      i += 4;
      skipTo('-->');
    } else if (xml.startsWith('<![CDATA[', i)) {
      i += 9;
      const data = skipTo(']]>');
      (stack.at(-1) ?? fail('CDATA hors de l’élément racine')).children.push(data);
    } else if (xml.startsWith('</', i)) {
      i += 2;
      const name = skipTo('>').trim();
      const open = stack.pop() ?? fail(`balise fermante </${name}> sans ouvrante`);
      if (open.name !== name) fail(`</${name}> ferme <${open.name}>`);
    } else if (xml.startsWith('<!', i)) {
      fail('DOCTYPE ou déclaration inattendue');
    } else {
      i += 1;
      const tag = skipTo('>');
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = /^\S+/.exec(body)?.[0] ?? '';
      if (!NAME.test(name)) fail(`nom de balise invalide « ${name} »`);
      const attributes: Record<string, string> = {};
      let rest = body.slice(name.length);
      const attribute = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/;
      for (let m = attribute.exec(rest); m; m = attribute.exec(rest)) {
        const key = m[1] ?? '';
        if (key in attributes) fail(`attribut « ${key} » en double sur <${name}>`);
        attributes[key] = decode(m[2] ?? m[3] ?? '', i);
        rest = rest.slice(m[0].length);
      }
      if (rest.trim()) fail(`attributs mal écrits sur <${name}> : « ${rest.trim()} »`);
      const element: XmlElement = { name, attributes, children: [] };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail('deuxième élément racine');
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length) fail(`<${stack.at(-1)?.name}> jamais fermé`);
  return root ?? fail('aucun élément racine');
}

/** Child elements with this name. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/** The one child with this name (throws if there is none or several). */
export function child(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> a ${found.length} <${name}>, 1 attendu`);
  return found[0] as XmlElement;
}

/** Text content of an element, child elements included. */
export const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
