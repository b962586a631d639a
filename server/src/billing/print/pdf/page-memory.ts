import type { Doc } from './pdf-style.js';

interface Ref {
  id: number;
  gen: number;
  offset?: number;
  data: unknown;
}
interface Internals {
  _root?: { data?: { Pages?: { data?: { Kids?: Ref[] } } } };
}

/**
 * pdfkit keeps every page's dictionary (with its content and resources objects) in the page tree
 * until the end, only to print "12 0 R" in the Kids array: about 1.3 KB per page, 130 MB for a
 * 100,000-bill run. Once a page is written (its object has an offset), a bare reference with the
 * same id does the same job. This reaches into pdfkit internals (0.20), so it does nothing when
 * they are not as expected; print-scale.test.ts measures the effect.
 */
export function releaseWrittenPages(doc: Doc, from: number): number {
  const kids = (doc as unknown as Internals)._root?.data?.Pages?.data?.Kids;
  if (!Array.isArray(kids)) return from;
  let i = from;
  for (; i < kids.length; i++) {
    const page = kids[i]!;
    if (page.offset === undefined) break; // not written yet: pdfkit still needs it whole
    const bare = Object.create(Object.getPrototypeOf(page) as object) as Ref;
    bare.id = page.id;
    bare.gen = page.gen;
    kids[i] = bare;
  }
  return i;
}
