// A Big5 encoder without iconv-lite: Node's TextDecoder('big5') (WHATWG Big5) decodes every
// two-byte sequence once; we invert that table. Lead bytes below 0xA1 are HKSCS extensions the
// WHATWG encoder also skips. Characters Big5 lacks become HTML numeric references (&#x…;), as
// browsers do for forms — so the page still shows them.

let table;
function buildTable() {
  table = new Map();
  const decoder = new TextDecoder('big5');
  for (let lead = 0xa1; lead <= 0xf9; lead++) {
    for (const [lo, hi] of [[0x40, 0x7e], [0xa1, 0xfe]]) {
      for (let trail = lo; trail <= hi; trail++) {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if ([...ch].length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
  }
}

/** Encodes HTML text as Big5 bytes; unmappable characters become &#x…; references. */
export function encodeBig5Html(text) {
  if (!table) buildTable();
  const bytes = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) bytes.push(cp);
    else if (table.has(ch)) bytes.push(...table.get(ch));
    else for (const b of Buffer.from(`&#x${cp.toString(16).toUpperCase()};`, 'ascii')) bytes.push(b);
  }
  return Buffer.from(bytes);
}
