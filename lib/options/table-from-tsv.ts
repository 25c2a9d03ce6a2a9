/**
 * The table tester's input: a table copied from a web page arrives as tab-separated text
 * (first line the headers). This builds a document holding that table, with text nodes only
 * (createElement + textContent, never markup parsing), so readPage can read it as a page.
 */

/** Splits pasted text into rows of cells; blank lines are dropped, trailing empty cells kept. */
export function splitTsv(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

/**
 * A document with one table: a <thead> row of <th> from the first line, a <tbody> row of
 * <td> per further line. `title` becomes the document title and an <h1>, since the page
 * kind is partly read from a page's headings.
 */
export function documentFromTsv(text: string, title = ''): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.title = title;
  const [headers = [], ...rows] = splitTsv(text);
  if (title) {
    const heading = doc.createElement('h1');
    heading.textContent = title;
    doc.body.append(heading);
  }
  const table = doc.createElement('table');
  const head = table.createTHead().insertRow();
  for (const header of headers) {
    const th = doc.createElement('th');
    th.textContent = header;
    head.append(th);
  }
  const body = doc.createElement('tbody');
  table.append(body);
  for (const cells of rows) {
    const tr = doc.createElement('tr');
    for (const cell of cells) {
      const td = doc.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    body.append(tr);
  }
  doc.body.append(table);
  return doc;
}
