import { pinyin } from 'pinyin-pro';
import type { RegistryAgency, RegistryGroup } from '../agencies/registry.ts';

const spell = (text: string, pattern: 'pinyin' | 'first') =>
  pinyin(text, { pattern, toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();

/**
 * Everything a reader may type to find an agency: its short name, full
 * name and every alias, and each of them in pinyin and in pinyin initials
 * (`科技厅` → `kejiting`, `kjt`). Lower case, deduplicated, in a fixed order.
 */
export function agencyLookupKeys(entry: RegistryAgency | RegistryGroup): string[] {
  const names = [entry.name, 'fullName' in entry ? entry.fullName : undefined, ...entry.aliases].filter((name): name is string => Boolean(name));
  const keys = names.flatMap((name) => [name.toLowerCase(), spell(name, 'pinyin'), spell(name, 'first')]);
  return [...new Set(keys.filter(Boolean))];
}
