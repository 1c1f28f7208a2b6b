/**
 * The editable Word file of a template, written at build time with `docx` from the template's own Markdown
 * body (the same source as its printable page): headings, paragraphs, lists with room to write, and tables
 * whose empty cells are tall enough to fill by hand. LibreOffice and Word open it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { markdownToMdast } from 'satteri';

export interface TemplateSheet {
  titre: string;
  resume: string;
  papier: 'A4' | 'A3';
  orientation: 'portrait' | 'paysage';
  /** The Markdown body of the template. */
  body: string;
  /** Where the template's page is, to say where it comes from. */
  url: string;
}

/** Portrait sizes in twentieths of a point (A4 210 × 297 mm, A3 297 × 420 mm). */
export const PAGE_TWIPS = { A4: { width: 11906, height: 16838 }, A3: { width: 16838, height: 23811 } } as const;
const MARGIN = 850; // 15 mm
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '666666' };

function runs(nodes: PhrasingContent[], style: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    switch (n.type) {
      case 'text':
        return [new TextRun({ text: n.value, ...style })];
      case 'strong':
        return runs(n.children, { ...style, bold: true });
      case 'emphasis':
        return runs(n.children, { ...style, italics: true });
      case 'inlineCode':
        return [new TextRun({ text: n.value, ...style })];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link':
        return runs(n.children, style);
      default:
        return 'children' in n ? runs(n.children as PhrasingContent[], style) : [];
    }
  });
}

const textOf = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? node.children.map((c) => textOf(c as Nodes)).join('')
      : '';

function table(node: Extract<RootContent, { type: 'table' }>, usable: number): Table {
  const columns = Math.max(...node.children.map((r) => r.children.length));
  const width = Math.floor(usable / columns);
  return new Table({
    width: { size: usable, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: node.children.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          // Rows to fill in by hand are tall enough to write in.
          height: { value: r === 0 ? 400 : 900, rule: 'atLeast' },
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row.children[c];
            return new TableCell({
              width: { size: width, type: WidthType.DXA },
              borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
              ...(r === 0 ? { shading: { fill: 'E3E3FD' } } : {}),
              children: [new Paragraph({ children: cell ? runs(cell.children, r === 0 ? { bold: true } : {}) : [] })],
            });
          }),
        }),
    ),
  });
}

function blocks(nodes: RootContent[], usable: number): (Paragraph | Table)[] {
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'heading':
        return [
          new Paragraph({ heading: node.depth <= 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(node.children) }),
        ];
      case 'paragraph':
        return [new Paragraph({ children: runs(node.children), spacing: { after: 120 } })];
      case 'list':
        return node.children.map((item, i) => {
          const first = item.children[0];
          const content = first && first.type === 'paragraph' ? runs(first.children) : [];
          // An empty item is a line to write on.
          const children = content.length ? content : [new TextRun({ text: '_'.repeat(60), color: '999999' })];
          return new Paragraph({
            ...(node.ordered ? { children: [new TextRun(`${(node.start ?? 1) + i}. `), ...children] } : { bullet: { level: 0 }, children }),
            spacing: { after: 160 },
          });
        });
      case 'table':
        return [table(node, usable), new Paragraph({ children: [] })];
      case 'blockquote':
        return blocks(node.children, usable);
      case 'thematicBreak':
        return [new Paragraph({ children: [] })];
      default:
        return textOf(node) ? [new Paragraph({ text: textOf(node) })] : [];
    }
  });
}

/** The template's body as the Markdown tree the site renders from. */
export function templateTree(body: string): Root {
  return markdownToMdast(body) as Root;
}

/** The Word document of a template, as the bytes of a .docx file. */
export async function templateDocx(sheet: TemplateSheet): Promise<Uint8Array<ArrayBuffer>> {
  const size = PAGE_TWIPS[sheet.papier];
  const landscape = sheet.orientation === 'paysage';
  const pageWidth = landscape ? size.height : size.width;
  const usable = pageWidth - 2 * MARGIN;
  const doc = new Document({
    title: sheet.titre,
    description: sheet.resume,
    creator: 'Carnet des labs',
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: { width: size.width, height: size.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `Carnet des labs — ${sheet.titre} — ${sheet.url}`, size: 16, color: '666666' })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(sheet.titre)] }),
          new Paragraph({ children: [new TextRun({ text: sheet.resume, italics: true })], spacing: { after: 240 } }),
          ...blocks(templateTree(sheet.body).children, usable),
        ],
      },
    ],
  });
  return reproducible(await Packer.toArrayBuffer(doc));
}

/** The zip format's first day: what reproducible builds stamp on archive entries. */
const ZIP_EPOCH = new Date(1980, 0, 1);

/**
 * The same template gives the same bytes at every build: docx stamps each zip entry and the document's created and
 * modified dates with the build time. The entries get the zip epoch, and the dates (optional in the format) are
 * left out rather than invented.
 */
function reproducible(docx: ArrayBuffer): Uint8Array<ArrayBuffer> {
  const files = unzipSync(new Uint8Array(docx));
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, ''));
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: ZIP_EPOCH }]])));
}
