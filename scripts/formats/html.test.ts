import { readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadPolicyDocument, locateLine } from '../read-document.ts';
import { findLostText } from '../verify/nothing-lost.ts';
import { blocksToText } from './blocks.ts';
import { htmlBlocks } from './html-blocks.ts';
import { parseHtml, readHtml } from './html.ts';
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { scratchDirectory } from '../../tests/scratch.ts';

const HEALTH = 'tests/fixtures/formats/21_guangzhou_weijianwei_jiating_yisheng_fangan_2023.html';
const ELDERLY = 'tests/fixtures/formats/22_guangzhou_jujia_shequ_yanglao_banfa_2022.html';

const scratch = scratchDirectory('html');
const laidOut = (file: string) => blocksToText(readHtml(readFileSync(file), file).blocks).text;
/** The first element of an HTML fragment, to read as a body. */
const fragment = (html: string) => parseHtml(html).children.find((node): node is Element => node.type === 'element')!;

describe('a policy page saved from a government portal (穗卫函〔2023〕1930号)', async () => {
  const { document, source } = await loadPolicyDocument(HEALTH);

  it('turns the portal metadata box into label：value lines at the top, empty labels dropped', () => {
    expect(source.text.split('\n').filter((line) => line !== '').slice(0, 6)).toEqual([
      '索引号：11440100MB2C90856P/2023-00331',
      '发布机构：广州市卫生健康委员会',
      '成文日期：2023-10-19',
      '名称：广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知',
      '文号：穗卫函〔2023〕1930号',
      '发布日期：2023-11-07',
    ]);
  });

  it('reads title, 文号, dates and the four joint issuers', () => {
    expect(document.title).toBe('广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知');
    expect(document.docNumber).toBe('穗卫函〔2023〕1930号');
    expect(document.signedDate).toBe('2023-10-19');
    expect(document.publishedDate).toBe('2023-11-07');
    expect(document.issuer).toBe('广州市卫生健康委员会、广州市财政局、广州市人力资源和社会保障局、广州市医疗保障局');
  });

  it('leaves navigation, share buttons, scripts and the footer behind', () => {
    for (const chrome of ['分享到', '浏览次数', '打印', '$(', '网站标识码', '政府信息公开']) expect(source.text).not.toContain(chrome);
  });

  it('keeps the 任务分工表 a table: 24 rows, each with its 牵头 and 配合 columns', () => {
    expect(document.tasks.filter((task) => /^\d+$/.test(task.id))).toHaveLength(24);
    const first = document.tasks.find((task) => task.id === '1')!;
    expect(first.lead.map((agency) => agency.name)).toEqual(['各区政府', '基层处', '人事处']);
    expect(first.participants.map((agency) => agency.name)).toEqual(['市卫生健康委', '医政处', '市人社局', '基层处']);
    expect(source.text).toMatch(/^\| 序号 \| 工作事项 \| 主要内容 \| 牵头单位 \| 配合单位 \|/m);
  });

  it('loses nothing of the laid-out text', () => {
    expect(findLostText(source.text, document)).toBeUndefined();
  });

  it('names each line’s element by a CSS path that finds it again in the page', () => {
    const line = source.text.split('\n').indexOf('穗卫函〔2023〕1930号') + 1;
    const position = source.positions![line - 1]!;
    const path = position.format === 'html' ? position.path : '';
    expect(locateLine(HEALTH, line, source)).toBe(`${HEALTH}:${line} (${path})`);
    expect(path).toMatch(/ > div\.article-content:nth-of-type\(2\) > p:nth-of-type\(1\)$/);
    expect(toText(select(path, parseHtml(readFileSync(HEALTH, 'utf8')))!)).toBe('穗卫函〔2023〕1930号');
  });
});

describe('a regulation page with its body in div#zoomcon (穗府办规〔2022〕13号)', async () => {
  const { document, source } = await loadPolicyDocument(ELDERLY);

  it('reads title, 文号, issuer and 成文日期 and the seven chapters', () => {
    expect(document.title).toBe('广州市人民政府办公厅关于印发广州市居家社区养老服务管理办法的通知');
    expect(document.docNumber).toBe('穗府办规〔2022〕13号');
    expect(document.issuer).toBe('广州市人民政府办公厅');
    expect(document.signedDate).toBe('2022-09-06');
    expect(document.structure.filter((node) => node.kind === 'section')).toHaveLength(7);
    expect(document.tasks.map((task) => task.id)).toContain('第五十二条');
  });

  it('loses nothing, and places a warning by its paragraph in the body', () => {
    expect(findLostText(source.text, document)).toBeUndefined();
    expect(locateLine(ELDERLY, document.warnings[0]!.line, source)).toMatch(/ \(div#zoomcon > p:nth-of-type\(\d+\)\)$/);
  });
});

describe('HTML tables', () => {
  it('lays merged cells out on the grid: text in the first cell covered, the others empty (指标体系, 穗卫函〔2023〕1930号)', () => {
    const table = fragment(`<table><tbody>
      <tr><td colspan="3"><p>附件1</p><p>广州市家庭医生签约服务质量监测指标体系（2023年版）</p></td></tr>
      <tr><td>一级指标</td><td>二级指标</td><td>评价标准</td></tr>
      <tr><td rowspan="2"><p>签约数量指标</p></td><td>1.重点人群签约服务覆盖率</td><td>较上一年增加。</td></tr>
      <tr><td>2.签约居民续约率</td><td>不低于80%</td></tr>
    </tbody></table>`);
    const [block] = htmlBlocks(table, () => ({ format: 'html', path: 'table' }));
    expect(block?.kind === 'table' && block.rows.map((row) => row.cells)).toEqual([
      ['附件1\n广州市家庭医生签约服务质量监测指标体系（2023年版）', '', ''],
      ['一级指标', '二级指标', '评价标准'],
      ['签约数量指标', '1.重点人群签约服务覆盖率', '较上一年增加。'],
      ['', '2.签约居民续约率', '不低于80%'],
    ]);
  });

  it('reads text beside blocks and inside inline wrappers as paragraphs (<font><div>…)', () => {
    const body = fragment('<div>各区卫生健康局：<font><div><p>现印发给你们，请贯彻执行。</p></div></font></div>');
    expect(htmlBlocks(body, () => ({ format: 'html', path: 'div' })).map((block) => block.kind === 'paragraph' && block.text)).toEqual(['各区卫生健康局：', '现印发给你们，请贯彻执行。']);
  });
});

describe('a saved page in a legacy encoding', () => {
  it('reports what decoding found, naming the line of the page’s source', async () => {
    // The real Guangzhou page in GB18030, one character cut short by a broken byte on the way.
    const page = iconv.encode(readFileSync(HEALTH, 'utf8').replace(/<\/head>/i, '<meta charset="gb2312"></head>'), 'gb18030');
    const broken = Uint8Array.from(page);
    const at = page.indexOf(iconv.encode('各区卫生健康局', 'gb18030'));
    broken[at + 1] = 0x20;
    writeFileSync(`${scratch}/broken.html`, broken);
    const { document } = await loadPolicyDocument(`${scratch}/broken.html`);
    expect(document.warnings).toContainEqual({ line: 1, message: expect.stringMatching(/^line \d+ of the saved page: .*U\+FFFD/) });
  });
});

describe('a page that is not a policy', () => {
  it('is refused with the file and what was expected when it holds no article body', () => {
    const page = new TextEncoder().encode('<html><body><ul class="menu"><li>首页</li><li>政务公开</li></ul><div class="footer">版权所有</div><script>load()</script></body></html>');
    expect(() => readHtml(page, 'seeds/empty.html')).toThrow(/^seeds\/empty\.html:1: no article body found in this HTML page; expected a policy page saved from a government portal/);
  });

  it('gives the laid-out text of a real page with no stack trace to read', () => {
    expect(laidOut(ELDERLY)).toContain('第五十二条');
  });
});
