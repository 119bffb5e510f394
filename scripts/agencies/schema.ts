import { z } from 'zod';

/** A stable lowercase ASCII id, used in URLs. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII id such as xj-science-technology-department');

export const agencyTypes = ['government', 'party', 'legislature-court', 'central-branch', 'enterprise', 'university', 'research', 'mass-organization', 'other'] as const;
export type AgencyType = (typeof agencyTypes)[number];
