import { artifactKind, toArtifact } from '@/lib/adapters/mappers/artifact';
import type { PageContext } from '@/lib/adapters/page-context';
import type { Mapper, TableFacts } from './unit';

/**
 * The row mapper of the four artifact lists (uploads, 勾選, 認證): which artifact the list holds follows
 * from its columns. The teacher a page names is the certifier only on the 認證 page.
 */
export function artifactMapper(pageKind: string, table: TableFacts, context: PageContext): Mapper {
  const kind = artifactKind(table, pageKind);
  const rowContext = pageKind === 'certification' ? context : { ...context, teacher: undefined };
  return (cells) => toArtifact(cells, kind, rowContext);
}
