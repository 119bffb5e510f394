import { pinyin } from 'pinyin-pro';

/**
 * A stable ASCII slug from a file name: `xj-2013-plan.txt` → `xj-2013-plan`;
 * Chinese names are spelled in pinyin (`昌吉市方案.txt` → `chang-ji-shi-fang-an`).
 */
export function slugFromFileName(fileName: string): string {
  return pinyinSlug(fileName.split(/[\\/]/).at(-1)!.replace(/\.[^.]+$/, '').replace(/\.meta$/, '')) || 'document';
}

/** Lowercase ASCII words joined by -, Chinese spelled in pinyin: `合作交流办` → `he-zuo-jiao-liu-ban`; empty when nothing is left. */
export function pinyinSlug(text: string): string {
  return pinyin(text, { toneType: 'none', nonZh: 'consecutive', separator: '-' })
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
