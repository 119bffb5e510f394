import { stripSpaces } from './text.ts';

/** A document number: `新政办发〔2013〕118号`, `丰政办发 [2026] 4号`. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［[][12]\d{3}[〕］\]]\d+[号號]/;
/** The same, as copies space it out: `渝府办发〔2024〕29 号`, `（豫工信联规〔2024〕105号）`. */
export const SPACED_DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[\s\u3000]*[〔［[（(][\s\u3000]*[12]\d{3}[\s\u3000]*[〕］\]）)][\s\u3000]*\d+[\s\u3000]*[号號]/;
/** A 文号 an extraction ran into the next words: `渝府办发〔2024〕29 号 各区县…`. */
export const LEADING_DOC_NUMBER = new RegExp(`^[\\s\\u3000]*(${SPACED_DOC_NUMBER.source})[\\s\\u3000]`);
/** A line that is only a 文号, maybe in brackets. */
export const DOC_NUMBER_LINE = new RegExp(`^[（(]?${SPACED_DOC_NUMBER.source}[）)]?$`);

/** `丰政办发 [2026] 4号` → `丰政办发〔2026〕4号`. */
export function normalizeDocNumber(written: string): string {
  return stripSpaces(written).replace(/^[（(](.*)[）)]$/, '$1').replace(/[［[（(]/, '〔').replace(/[］\]）)]/, '〕');
}
