import { z } from 'zod';

/** A stable lowercase ASCII id, used in URLs. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII id such as xj-science-technology-department');

/**
 * What kind of body an agency is. `zone-committee` (a development zone's
 * 管委会), `division` (a department's 处 or 科) and `class` (every body of one
 * level and function: 各省级生态环境主管部门) are read from a name's form.
 */
export const agencyTypes = ['government', 'party', 'legislature-court', 'central-branch', 'enterprise', 'zone-committee', 'division', 'class', 'university', 'research', 'mass-organization', 'other'] as const;
export type AgencyType = (typeof agencyTypes)[number];
