import { z } from 'zod';
import { readParserData } from './data.ts';

const bodyNameEndsSchema = z.object({ ends: z.array(z.string().min(1)), lookalikes: z.array(z.string().min(1)) });
/** How a body's name ends, and words that end so but name none; from data/agency-name-ends.yaml. */
const BODY_NAME_ENDS = readParserData('agency-name-ends', bodyNameEndsSchema);

const longestEnding = (name: string, endings: readonly string[]) => Math.max(0, ...endings.filter((ending) => name.endsWith(ending)).map((ending) => ending.length));

/**
 * Does the name end as a body's does: a signing body, a table cell's name, a
 * clause's subject? The longest ending decides: 市场所 (a market supervision
 * office) is a body, 场所 a place; 医院 a body, 出院 leaving one.
 */
export function endsAsBody(name: string): boolean {
  const asBody = longestEnding(name, BODY_NAME_ENDS.ends);
  return asBody > 0 && asBody > longestEnding(name, BODY_NAME_ENDS.lookalikes);
}
