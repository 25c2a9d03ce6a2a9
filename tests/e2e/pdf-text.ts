import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF's page count and its text, page by page (pdf.js), for e2e tests of the printed report. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: bytes }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return { pages: doc.numPages, text: parts.join('\n') };
}
