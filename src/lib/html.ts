/** Text written into markup by hand (an RSS link, an MDX attribute): the one attribute escaper. */

/** A double-quoted attribute value: on one line, with &, " and < written as entities. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
}
