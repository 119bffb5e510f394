import { z } from 'zod';
import { readParserData } from './data.ts';

export const LABEL_ROLES = ['lead', 'participants', 'responsible', 'guidance', 'deadline'] as const;
export type LabelRole = (typeof LABEL_ROLES)[number];

const labelsSchema = z.record(z.enum(LABEL_ROLES), z.array(z.string().regex(/^\S+$/, 'expected a label without spaces')));

/** Label → the role it gives; from data/assignment-labels.yaml. */
export const ASSIGNMENT_LABELS: ReadonlyMap<string, LabelRole> = new Map(
  Object.entries(readParserData('assignment-labels', labelsSchema))
    .flatMap(([role, labels]) => labels.map((label) => [label, role as LabelRole] as const)),
);

const ALTERNATIVES = [...ASSIGNMENT_LABELS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((label) => label.replace(/[()（）]/g, (bracket) => `\\${bracket}`))
  .join('|');

/** Any label followed by its colon, or in black brackets (`【牵头单位】市发改委【配合单位】…`), in text without spaces; group 1 is the label. */
export const ASSIGNMENT_LABEL_PATTERN = new RegExp(`【?(${ALTERNATIVES})(?:】[:：]?|[:：])`, 'g');

/**
 * Labels that close an item's text after its last sentence, each with a value of one clause:
 * `（七）做好宣传。…。责任单位：区委宣传部。时间节点：2024年6月。`; group 1 is where they begin.
 */
export const TRAILING_LABELS = new RegExp(`[。；;][\\s\\u3000]*((?:(?:${ALTERNATIVES})[:：][^。；;:：（）()〈〉【】]*[。；;，,]?[\\s\\u3000]*)+)$`);

/** A line (or a line's start) that assigns by label: `牵头单位：市科技局`, `完成时限：2024年底前`. */
export const ASSIGNMENT_LINE = new RegExp(`^[\\s\\u3000]*(?:\\*\\*)?(?:【(?:${ALTERNATIVES})】|(?:${ALTERNATIVES})(?:\\*\\*)?[\\s\\u3000]*[:：])`);
