import { z } from 'zod';
import { loadDivisions } from '../agencies/divisions.ts';
import { agencyTypes } from '../agencies/schema.ts';
import { readParserData } from './data.ts';

const groupWordsSchema = z.object({
  starts: z.array(z.string().min(1)),
  ends: z.array(z.string().min(1)),
  names: z.array(z.string().min(1)),
  places: z.array(z.string().min(1)),
  bareAfterDeng: z.array(z.string().min(1)),
  levels: z.array(z.string().length(1)),
  leadership: z.array(z.string().min(1)),
  endingLists: z.array(z.string().includes('、')),
});

/** The group words of data/agency-groups.yaml. */
export const GROUP_WORDS = readParserData('agency-groups', groupWordsSchema);

/** Is this name (spaces removed) a group of agencies rather than one agency? */
export function isGroupName(name: string): boolean {
  return (
    GROUP_WORDS.names.includes(name) ||
    isEveryPlace(name) ||
    GROUP_WORDS.starts.some((word) => name.startsWith(word)) ||
    GROUP_WORDS.ends.some((word) => name.endsWith(word))
  );
}

/** Is this group led by a Party committee (`各级党委（党组）`), which an item's opening sentence calls on to lead, not to do its work? */
export function namesLeadership(name: string): boolean {
  return GROUP_WORDS.leadership.some((word) => name.includes(word));
}

const PLACE_KIND = `(?:${[...GROUP_WORDS.places].sort((a, b) => b.length - a.length).join('|')})`;
/** `各地`, `属地街镇`, `镇（街道）`, `各区（县）政府`: every place of a kind, whose government does the work. */
const EVERY_PLACE = new RegExp(`^(?:(?:各|属地|屬地)${PLACE_KIND}(?:[（(]${PLACE_KIND}[）)])?(?:人民)?(?:政府)?|${PLACE_KIND}[（(]${PLACE_KIND}[）)])$`);

/** Is this name (spaces removed) the governments of every place of a kind (`各地`, `镇（街道）`)? */
export function isEveryPlace(name: string): boolean {
  return EVERY_PLACE.test(name);
}

/** Is this word a kind of place alone (`村`, `街道`, `乡镇`), as a list after 各 names one? */
export function isPlaceKind(word: string): boolean {
  return GROUP_WORDS.places.includes(word);
}

const LEVELS = `[${GROUP_WORDS.levels.join('')}]+`;
/** `市州发展改革部门`: kinds of place (`市州`, `县市区`, `县级`) and the department each of them has. */
const LEVELS_DEPARTMENT = new RegExp(`^${LEVELS}级?(?=[\\u4e00-\\u9fff]{2})`);

/** Are these words kinds of place alone (`市州`, `县市区`), as a list names them before the department they share? */
export function isLevels(words: string): boolean {
  return new RegExp(`^${LEVELS}$`).test(words);
}

/** The department of `县市区发展改革部门` without the kinds of place before it (`发展改革部门`), when it is one by its function. */
export function departmentAfterLevels(name: string): string | undefined {
  const levels = LEVELS_DEPARTMENT.exec(name);
  const department = levels ? name.slice(levels[0].length) : undefined;
  return department && isGenericDepartment(department) ? department : undefined;
}

const projectPartiesSchema = z.object({ roles: z.array(z.string().min(1)), kinds: z.array(z.string().min(1)) });
const PROJECT_PARTIES = readParserData('project-parties', projectPartiesSchema);
const PROJECT_PARTY = new RegExp(`(?:${PROJECT_PARTIES.roles.join('|')})(?:${PROJECT_PARTIES.kinds.join('|')})$`);

/** Is this a party to a project named by its part (`施工监理单位`, `养护单位`), from data/project-parties.yaml? */
export function isProjectParty(name: string): boolean {
  return PROJECT_PARTY.test(name);
}

/** Bodies with two names joined by 、 (市科委、中关村管委会); from data/dual-names.yaml. */
export const DUAL_NAMES: readonly string[] = readParserData('dual-names', z.array(z.string().includes('、')));

/**
 * Province-level names written without 省/市 (陕西银保监局, 山东能源监管办): a
 * name that begins with one names its own jurisdiction and takes no shared
 * prefix. From the GB/T 2260 divisions.
 */
export const PROVINCE_NAMES: readonly string[] = loadDivisions().filter((division) => division.level === 'province').map((division) => division.shortName);

const words = z.array(z.string().min(1));
const departmentFunctionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    words: words.optional(),
    names: z.record(z.string(), z.string()).optional(),
    full: z.string().min(1).optional(),
    type: z.enum(agencyTypes).optional(),
    party: z.literal(true).optional(),
  })
  .strict()
  .refine((row) => row.words || row.names, 'expected `words` or `names`');
const departmentFunctionsSchema = z.object({
  suffixes: words,
  provinceSuffixes: words,
  partySuffixes: words,
  fullSuffixes: z.record(z.string(), z.string().min(1)),
  functions: z.array(departmentFunctionSchema),
  combiningWords: words,
});

export type DepartmentFunction = z.infer<typeof departmentFunctionSchema>;

/** The departments of a standard government by function, with their words and suffixes; from data/department-functions.yaml. */
export const DEPARTMENT_FUNCTIONS = readParserData('department-functions', departmentFunctionsSchema);

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const FUNCTION = byLength([...DEPARTMENT_FUNCTIONS.functions.flatMap((row) => row.words ?? []), ...DEPARTMENT_FUNCTIONS.combiningWords]);
/** `商务和工信局`, `住房建设局`, `委组织部`: functions (run together or joined by 和/与/、) and a suffix, nothing else. */
const GENERIC_DEPARTMENT = new RegExp(`^委?(?:${FUNCTION})(?:[和与、]?(?:${FUNCTION}))*(?:${byLength(DEPARTMENT_FUNCTIONS.suffixes)})$`);

/** `发展改革`, `财政`, `国资`: a department named by its function words alone, as a list closed by 等有关部门 names them. */
const FUNCTION_ONLY = new RegExp(`^(?:${FUNCTION})(?:[和与]?(?:${FUNCTION}))*$`);

/** Are these a department's function words without a suffix (`区发展改革、财政、税务、国资等有关部门`)? */
export function isDepartmentFunction(words: string): boolean {
  return FUNCTION_ONLY.test(words);
}

/** Is this a generic department name that a list's jurisdiction prefix completes? */
export function isGenericDepartment(name: string): boolean {
  return GENERIC_DEPARTMENT.test(name);
}
