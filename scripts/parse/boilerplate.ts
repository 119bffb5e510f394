import { type Findings, isBlank, removeLine, type SourceLine } from './source-lines.ts';
import { stripSpaces } from './text.ts';

/**
 * Site chrome that content farms and portals wrap around a policy: breadcrumbs,
 * "we curated this for you" blurbs, print/close buttons, share bars, footers.
 * Each pattern matches a whole line (spaces removed), in either script.
 */
// A breadcrumb: no full stop anywhere after its head, a `>` somewhere (lookahead first, so many `>` are not each retried).
const BREADCRUMB = /^(?:首[页頁]|[当當]前位置[:：]?)(?=[^。]*$)[^。>]*>/;

/** A page's breadcrumb (`当前位置：首页 > 政务公开 > …`), spaces removed: the page's own content begins below it. */
export const isBreadcrumb = (compact: string): boolean => BREADCRUMB.test(compact);

const SITE_CHROME: RegExp[] = [
  BREADCRUMB,
  /^(?:前言[:：])?本站[為为]你精心整理/,
  /^(?:前言[:：])?.*(?:客服老[师師]|[欢歡]迎咨[询詢]).*$/,
  /^【?(?:打印本[页頁]|[关關][闭閉]窗口|字[体體][:：]?[大中小])/,
  /^(?:返回顶部|回到顶部|返回首页|返回列表|扫一扫|打开微信|微博微信|长者模式|无障碍浏览|退出长者模式|网站地图|政策解读|相关阅读)/,
  /^(?:分享到|上一篇|下一篇|相[关關]推荐|相[关關]推薦|[责責]任[编編][辑輯][:：]|[浏瀏][览覽]次[数數]|版[权權]所有|免[责責][声聲]明)/,
];

/** A Markdown link or image: `[text](url "title")`, `![](url)`, a linked image. */
const MARKDOWN_LINK = /!?\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)]*\)/g;

/** Longest run of words beside links that still makes a line navigation (`无障碍 [搜索](…)`). */
const NAVIGATION_WORDS = 8;

/**
 * A crawled page's navigation: a line of links and images with at most a few
 * words beside them and no sentence. A sentence that links a document keeps its line.
 */
function isLinkChrome(text: string): boolean {
  // Without `](` there is no link, and MARKDOWN_LINK would retry a long run of `[` from each one.
  if (!text.includes('](')) return false;
  const links = text.match(MARKDOWN_LINK);
  if (!links) return false;
  const rest = stripSpaces(text.replace(MARKDOWN_LINK, '')).replace(/^[-*+>|｜·•]+/, '').replace(/[|｜>·•/\\-]/g, '');
  return rest.length <= NAVIGATION_WORDS && !/[。；]/.test(rest);
}

/** How many non-blank lines count as the head of a page. */
const HEAD_LINES = 12;

/** True when a stripped line is nothing but a stray table delimiter (`|`). */
function isStrayDelimiter(compact: string): boolean {
  return /^[|｜]+$/.test(compact);
}

/**
 * Removes site chrome and stray delimiters, reporting each removed line, and
 * drops a title line the page repeats (`市科技局創新型建造規劃` as page title
 * and again as article title) so the title is read once.
 */
export function stripBoilerplate(lines: SourceLine[], findings: Findings): SourceLine[] {
  const kept: SourceLine[] = [];
  const seenShortLines = new Set<string>();
  let sawChrome = false;
  let nonBlankSeen = 0;
  for (const source of lines) {
    if (isBlank(source.text)) {
      kept.push(source);
      continue;
    }
    nonBlankSeen++;
    const compact = stripSpaces(source.text);
    if (isStrayDelimiter(compact)) {
      removeLine(findings, source, 'stray-delimiter');
      continue;
    }
    if (SITE_CHROME.some((pattern) => pattern.test(compact)) || isLinkChrome(source.text)) {
      removeLine(findings, source, 'site-chrome');
      sawChrome = true;
      continue;
    }
    // Only a page that carried chrome repeats its title, and only at its head.
    if (sawChrome && nonBlankSeen <= HEAD_LINES && compact.length <= 40 && seenShortLines.has(compact)) {
      removeLine(findings, source, 'repeated-title');
      continue;
    }
    if (compact.length <= 40) seenShortLines.add(compact);
    kept.push(source);
  }
  return kept;
}
