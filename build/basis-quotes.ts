import { parseSync, type Plugin } from 'vite';

/**
 * A rule's basis quotes its clause in plain words (`basis.text`, zh-TW and English) next to the seed and clause
 * it cites. Pages show only the citation (cite(): 「依據：國教署 … 四(二)1」), never the quote, so the content
 * script's build leaves the quotes out of the rule files (about 1.6 kB of its gzipped size); every other build,
 * and the rule catalog, keeps them.
 */
export function withoutBasisQuotes(): Plugin {
  return {
    name: 'lp-checker:without-basis-quotes',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/[\\/]lib[\\/]rules[\\/].+\.ts$/.test(file)) return undefined;
      const out = dropBasisQuotes(file, code);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
const keyName = (property: Node): string | undefined => {
  const key = property.key as Node | undefined;
  return key?.type === 'Identifier' ? (key.name as string) : key?.type === 'Literal' ? String(key.value) : undefined;
};

/** The source without the `text` property of any `basis: { … }` object literal in it (the rest as written). */
export function dropBasisQuotes(file: string, code: string): string {
  const { program, errors } = parseSync(file, code);
  if (errors.length > 0) throw new Error(`${file}: cannot parse (${errors[0]!.message})`);
  const cuts: [number, number][] = [];
  const visit = (node: Node) => {
    if (node.type === 'Property' && keyName(node) === 'basis' && isNode(node.value) && node.value.type === 'ObjectExpression') {
      const properties = node.value.properties as Node[];
      const at = properties.findIndex((property) => property.type === 'Property' && keyName(property) === 'text');
      if (at >= 0) {
        const next = properties[at + 1];
        // up to the next property, or back to the end of the one before (its comma goes with the quote)
        cuts.push(next ? [properties[at]!.start, next.start] : [at > 0 ? properties[at - 1]!.end : properties[at]!.start, properties[at]!.end]);
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((item) => isNode(item) && visit(item));
      else if (isNode(value)) visit(value);
    }
  };
  visit(program as unknown as Node);
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}
