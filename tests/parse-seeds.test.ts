import { describe, expect, it } from 'vitest';
import { names, seed, task } from './seeds.ts';

describe('000 新政办发〔2013〕118号 task division', () => {
  const document = seed('000');

  it('reads the facts from the body, not from the shifted metadata table', () => {
    expect(document.docNumber).toBe('新政办发〔2013〕118号');
    expect(document.issuer).toBe('新疆维吾尔自治区人民政府办公厅');
    expect(document.signedDate).toBe('2013-10-22');
    expect(document.publishedDate).toBe('2013-11-18');
    expect(document.metadataTable?.consistent).toBe(false);
    expect(document.metadataTable?.problems.join()).toContain('【颁布单位】 holds "新政办发〔2013〕号"');
    expect(document.sourceFile).toBe('000_584af6e17067337f.txt');
  });

  it('has 63 tasks numbered 1–63, every one with agencies', () => {
    expect(document.tasks.map((t) => t.id)).toEqual(Array.from({ length: 63 }, (_, index) => String(index + 1)));
    expect(document.tasks.every((t) => t.lead.length > 0 && t.participants.length > 0)).toBe(true);
    expect(task(document, '27').anchor).toBe('t27');
  });

  it('separates 35 and 36 glued on one line and keeps both in section (十)', () => {
    expect(task(document, '35').text).toMatch(/依法依规向社会开放。$/);
    expect(task(document, '36').text).toMatch(/^加强科技创新创业基地建设/);
    expect(task(document, '35').sectionId).toBe('(十)');
    expect(task(document, '36').sectionId).toBe('(十)');
    expect(names(task(document, '36').lead)).toEqual(['科技厅', '发改委', '财政厅']);
  });

  it('splits 52, 五、, （十六） and 53 glued on one line into the right sections', () => {
    expect(task(document, '52').sectionId).toBe('(十五)');
    expect(task(document, '53').sectionId).toBe('(十六)');
    const five = document.structure.find((node) => node.kind === 'section' && node.id === '五');
    expect(five?.kind === 'section' && five.text).toBe('营造良好环境,形成保障科技创新的合力');
    expect(five?.kind === 'section' && five.children.map((child) => child.id)).toEqual(['(十六)', '(十七)']);
  });

  it('keeps nested parentheses inside an agency name', () => {
    expect(names(task(document, '6').participants)).toContain('有关园区管委会及所在地政府(行署)');
    expect(task(document, '6').text).not.toContain('牵头');
  });

  it('task 1 is led by 经信委 and 科技厅 and joined by eight others', () => {
    expect(names(task(document, '1').lead)).toEqual(['经信委', '科技厅']);
    expect(names(task(document, '1').participants)).toEqual([
      '发改委', '财政厅', '国资委', '国土资源厅', '煤炭工业管理局', '地矿局', '乌鲁木齐海关', '有关中央驻疆企业',
    ]);
  });

  it('cites 新党发〔2013〕7号 with its title', () => {
    expect(document.references).toContainEqual(expect.objectContaining({ docNumber: '新党发〔2013〕7号' }));
    expect(document.references.some((reference) => reference.title === '意见')).toBe(false);
  });
});

describe('001 the 2011 work plan in one paragraph', () => {
  const document = seed('001');

  it('takes title and issuer from its sidecar', () => {
    expect(document.title).toContain('2011年');
    expect(document.issuer).toBe('新疆维吾尔自治区科学技术厅');
    expect(document.year).toBe(2011);
  });

  it('has 11 items 1、–11、 split out of one line, after an unnumbered preamble', () => {
    expect(document.tasks.map((t) => t.id)).toEqual(Array.from({ length: 11 }, (_, index) => String(index + 1)));
    expect(document.preamble[0]?.text).toMatch(/^2011年,是“十二五”开局之年/);
    expect(task(document, '11').text).toMatch(/^加强知识产权工作/);
  });

  it('removes the stray | at the end and says so', () => {
    expect(document.removed).toEqual([{ line: 2, column: 1, text: '|', reason: 'stray-delimiter' }]);
  });
});

describe('002 昌市政办发〔2022〕15号 with 牵头单位/配合单位 lines', () => {
  const document = seed('002');

  it('reads metadata from body and the consistent table', () => {
    expect(document.docNumber).toBe('昌市政办发〔2022〕15号');
    expect(document.issuer).toBe('昌吉市人民政府办公室');
    expect(document.signedDate).toBe('2022-06-17');
    expect(document.publishedDate).toBe('2022-06-17');
    expect(document.metadataTable?.consistent).toBe(true);
  });

  it('has 13 tasks （一）–（十三）, all with lead and participants', () => {
    expect(document.tasks).toHaveLength(13);
    expect(document.tasks.map((t) => t.anchor)).toEqual(Array.from({ length: 13 }, (_, index) => `s2-p${index + 1}`));
    expect(document.tasks.every((t) => t.lead.length > 0 && t.participants.length > 0)).toBe(true);
  });

  it('distributes the shared 市 prefix across a list', () => {
    expect(names(task(document, '二.(一)').participants)).toEqual([
      '市发改委', '市商务和工信局', '市财政局', '市市场监督管理局', '市人社局',
    ]);
    expect(names(task(document, '二.(二)').lead)).toEqual(['市商务和工信局', '市科技局']);
  });

  it('does not take 市场 for a prefix, and keeps 州生态环境局昌吉市分局 as written', () => {
    expect(names(task(document, '二.(五)').participants)).toContain('市市场监督管理局');
    expect(names(task(document, '二.(四)').participants)).toEqual(['市发改委', '市科技局', '州生态环境局昌吉市分局']);
  });

  it('finds the targets of the plan with their year', () => {
    expect(document.targets).toContainEqual(
      expect.objectContaining({ phrase: '高新技术企业数量超过50家', value: 50, unit: '家', comparator: '超过', year: 2023 }),
    );
    expect(document.targets).toContainEqual(
      expect.objectContaining({ metric: '全社会研发经费', value: 10, unit: '%', comparator: '年均增长', year: 2023 }),
    );
    expect(document.targets).toContainEqual(expect.objectContaining({ value: 2.4, unit: '件', comparator: '超过' }));
    expect(task(document, '二.(十)').targets).toContainEqual(
      expect.objectContaining({ value: 2, unit: '个', comparator: '以上', year: 2023 }),
    );
  });
});

describe('003 深化科技体制改革实施方案 (PDF extraction)', () => {
  const document = seed('003');
  const table = document.structure.find((node) => node.kind === 'table');
  const rows = table?.kind === 'table' ? table.rows : [];

  it('has body sections （一）–（三十一） and a 119-row table whose rows are the tasks', () => {
    const body = document.structure.filter((node) => node.kind === 'section' && /^[二三四五六七八九十]$/.test(node.id));
    const sections = body.flatMap((node) => (node.kind === 'section' ? node.children : []));
    expect(sections).toHaveLength(31);
    expect(rows.map((row) => row.number.value)).toEqual(Array.from({ length: 119 }, (_, index) => index + 1));
    expect(document.tasks).toHaveLength(119);
    expect(task(document, '39').anchor).toBe('row39');
    expect(table?.kind === 'table' && table.caption?.text).toBe('重点任务分工及进度安排表');
  });

  it('rejoins row 23 across the page break', () => {
    expect(task(document, '23').text).toContain('建设一批适应自治区发展需求');
    expect(task(document, '23').sourceLines).toEqual({ start: 183, end: 186 });
  });

  it('completes the agency lists continued on the next page', () => {
    expect(names(task(document, '55').responsible).at(-1)).toBe('自治区人民政府法制办');
    expect(names(task(document, '61').responsible)).toEqual(['新疆银监局', '中国人民银行乌鲁木齐中心支行']);
  });

  it('removes spaces inside agency names', () => {
    expect(names(task(document, '64').responsible)).toEqual(['科技厅', '发改委']);
    expect(names(task(document, '62').responsible)).toEqual(['自治区党委改革办']);
  });

  it('reads 按职能分别牵头 and a lead written inside the list', () => {
    expect(names(task(document, '25').lead)).toEqual(['科技厅', '发改委', '财政厅']);
    expect(names(task(document, '74').lead)).toEqual(['财政厅', '审计厅', '科技厅']);
    expect(names(task(document, '103').lead)).toEqual(['发改委', '经信委']);
    expect(names(task(document, '103').participants)).toEqual(['科技厅', '质监局', '国家能源局新疆监管办公室']);
  });

  it('does not read 由企业牵头 in the task text of row 2 as an assignment', () => {
    expect(names(task(document, '2').responsible)).toEqual(['科技厅', '发改委', '财政厅', '经信委']);
    expect(task(document, '2').lead).toEqual([]);
  });

  it('normalizes each kind of deadline', () => {
    expect(task(document, '1').deadline).toEqual({ raw: '持续推进', kind: 'ongoing' });
    expect(task(document, '3').deadline).toEqual({ raw: '2016年启动，持续推进', kind: 'ongoing', start: '2016' });
    expect(task(document, '6').deadline).toEqual({ raw: '2017年完成', kind: 'dated', due: '2017' });
    expect(task(document, '94').deadline).toEqual({ raw: '2016年已完成', kind: 'dated', due: '2016', done: true });
    expect(task(document, '34').deadline).toBeUndefined();
  });

  it('links each table row to the body section it restates', () => {
    expect(rows.every((row) => row.restates)).toBe(true);
    expect(task(document, '1').sectionId).toBe('二.(一)');
    expect(task(document, '23').sectionId).toBe('三.(五)');
    expect(task(document, '119').sectionId).toBe('十.(三十一)');
  });

  it('repairs page-break debris and lists it in removed', () => {
    const intro = document.structure[0]?.kind === 'section' ? document.structure[0].children[0] : undefined;
    expect(intro?.kind === 'section' && intro.paragraphs[0]?.text).toContain('供给侧结构性改革，加快创新型新疆建设');
    const fifteen = document.structure.flatMap((node) => (node.kind === 'section' ? node.children : [])).find((node) => node.id === '七.(十五)');
    expect(fifteen?.kind === 'section' && fifteen.text).toContain('提高科技决策的科学化水平');
    expect(JSON.stringify(document.structure)).toContain('丝绸之路经济带创新引领示范区');
    expect(JSON.stringify(document.structure)).toContain('落实执行符合国际规则');
    expect(document.removed.filter((removed) => removed.reason === 'page-break-duplicate')).toEqual([
      { line: 24, column: 1, text: '改革', reason: 'page-break-duplicate' },
      { line: 144, column: 1, text: '经', reason: 'page-break-duplicate' },
    ]);
    expect(document.removed.filter((removed) => removed.reason === 'repeated-table-header').length).toBeGreaterThan(5);
  });

  it('warns, with its line, that row 92 lost an agency at a page break', () => {
    expect(document.warnings).toContainEqual(expect.objectContaining({ line: 271, message: expect.stringContaining('row 92') }));
  });

  it('takes the issuers from the signature and the title from the notice', () => {
    // `自治区党委办公厅 自治区人民政府办公厅 关于印发…`: the bodies head the title as a reader sees it.
    expect(document.title).toBe('自治区党委办公厅 自治区人民政府办公厅关于印发《新疆维吾尔自治区深化科技体制改革实施方案》的通知');
    expect(document.shortTitle).toBe('新疆维吾尔自治区深化科技体制改革实施方案');
    expect(document.issuer).toBe('中共新疆维吾尔自治区委员会办公厅、新疆维吾尔自治区人民政府办公厅');
    expect(document.signedDate).toBe('2017-06-10');
  });
});

describe('004 traditional-Chinese content-farm copy', () => {
  const document = seed('004');

  it('is traditional and strips the site chrome, saying so', () => {
    expect(document.script).toBe('zh-Hant');
    expect(document.removed.map((removed) => removed.reason)).toEqual(['site-chrome', 'site-chrome', 'repeated-title']);
    expect(document.removed[0]?.text).toBe('首頁 > 文章中心 > 正文');
    expect(document.title).toBe('市科技局創新型建造規劃');
  });

  it('qualifies anchors where numbering restarts in each section', () => {
    expect(task(document, '三.(一).7').anchor).toBe('s3-p1-t7');
    expect(task(document, '三.(二).3').anchor).toBe('s3-p2-t3');
    expect(task(document, '五.(四).1').text).toMatch(/^積極探索產學研合作新模式/);
  });

  it('finds targets such as 10個, 2%左右, 30戶 and 1%以上', () => {
    const phrases = document.targets.map((target) => `${target.value}${target.unit}${target.comparator}`);
    expect(phrases).toEqual(expect.arrayContaining(['10個=', '2%左右', '30戶达到', '1%以上']));
    expect(document.targets).toContainEqual(expect.objectContaining({ value: 2, unit: '%', comparator: '左右', year: 2015 }));
  });
});
