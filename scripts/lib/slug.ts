import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** File systems refuse names over 255 bytes and addresses grow unwieldy long before: a slug stays under 100. */
export const MAX_SLUG_LENGTH = 90;

/**
 * A stable ASCII slug from a file name: `xj-2013-plan.txt` → `xj-2013-plan`;
 * Chinese names are spelled in pinyin (`昌吉市方案.txt` → `chang-ji-shi-fang-an`).
 */
export function slugFromFileName(fileName: string): string {
  return pinyinSlug(fileName.split(/[\\/]/).at(-1)!.replace(/\.[^.]+$/, '').replace(/\.meta$/, '')) || 'document';
}

/**
 * Lowercase ASCII words joined by -, Chinese spelled in pinyin: `合作交流办` → `he-zuo-jiao-liu-ban`; empty when nothing is left.
 * A longer one keeps its first whole words and ends in a hash of all of it, so two long names that begin alike stay apart.
 */
export function pinyinSlug(text: string): string {
  const slug = pinyin(text, { toneType: 'none', nonZh: 'consecutive', separator: '-' })
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, 8);
  return `${slug.slice(0, MAX_SLUG_LENGTH - hash.length).replace(/-[^-]*$/, '')}-${hash}`;
}
