/** Text written into markup by hand (an RSS link, an MDX attribute, the editor's preview): the escapers. */

/** A double-quoted attribute value: on one line, with &, " and < written as entities. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
}

/** Text for HTML, in an element or a double-quoted attribute: &, <, > and " written as entities. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
