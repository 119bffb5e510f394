import { pinyin } from 'pinyin-pro';

/**
 * A stable ASCII slug from a file name: `xj-2013-plan.txt` → `xj-2013-plan`;
 * Chinese names are spelled in pinyin (`昌吉市方案.txt` → `chang-ji-shi-fang-an`).
 */
export function slugFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1)!.replace(/\.[^.]+$/, '').replace(/\.meta$/, '');
  const spelled = pinyin(base, { toneType: 'none', nonZh: 'consecutive', separator: '-' });
  return spelled
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'document';
}
