/**
 * gaps35's classes, each on made-up guides.
 * 1. A spam mirror's copy garbled one byte out of step before a bracket (在鎮政府信息公開欄公開信息?。ǖ刂罚…060號)): the
 *    notice board's address stood in what read as another sentence, so 信息公开栏在哪 gave the board without it. The run is
 *    read again in step when it reads as a heading's number or a label ((一), （地址：), and a 公开栏's address is the
 *    board's (a reading place's), not the office's.
 * 2. A mirror's fragment of the scope list with neither its lead sentence nor its heading (6.行政执法:…; 9.政府信息公开:…;
 *    12.社会监督:…, then 属于主动公开范围的政府信息…): no scope was read, so 主动公开哪些信息 gave 没有写明 and the general rule.
 *    Numbered items naming a kind before a colon, two or more in a row ahead of the part on applying, with 主动公开 said beside
 *    them, are now the scope.
 * 3. 彭场镇党委书记是谁: a place's party committee is another body than the town's government, and publishes nothing; it got
 *    the small-talk reply (kind clarify, as for 讲个笑话). It is now refused as a named school or company not stored is.
 * 4. 新奥燃气 for the one stored 聊城新奥燃气有限公司 (printed without its city's 市, so the place stayed in the stored name): the
 *    company's own words without the place found nothing, while 和源水务 found 费县和源水务有限公司. They now find the one stored
 *    company whose name holds them; two such companies find neither.
 */
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { repairShiftedGbk } from '../../../src/text/shifted-gbk.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** `text` as a mirror garbles it: read from one byte before it (the 。 of ?。), out of step until an ASCII byte. */
const shifted = (text: string) => `?${iconv.decode(Buffer.concat([Buffer.from([0xa1]), iconv.encode(text, 'gbk')]), 'gbk')}`;

describe('gaps35: a mirror garbled one byte out of step before a bracket', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-town.txt',
        `青禾縣青禾鎮人民政府信息公開指南
為了保障公民、法人和其他組織依法獲取政府信息,根據《中華人民共和國政府信息公開條例》,編制本指南。
一、主動公開
本政府信息公開主要采取政府網站網上公開形式。本政府還將采用以下輔助方式主動公開政府信息:在鎮政府信息公開欄公開信息${shifted('（地址：青禾縣青禾鎮文昌路18號)')}
二、依申請公開
申請人可以向本機關提出申請,本機關收到申請後,能夠當場答復的,當場予以答復;不能當場答復的,自收到申請之日起20個工作日內予以答復。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('the made-up page is garbled as the mirrors garble (no 地址 left in it)', () => {
    expect(shifted('（地址：青禾縣青禾鎮文昌路18號)')).not.toContain('地址');
    expect(repairShiftedGbk(`信息${shifted('（地址：青禾縣青禾鎮文昌路18號)')}`)).toBe('信息（地址：青禾縣青禾鎮文昌路18號)');
  });

  it('gives the notice board with its address, read in step again', async () => {
    const answer = await app.ask('青禾镇信息公开栏在哪');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('文昌路18号');
  });

  it('does not take the board’s address for the office’s', () => {
    const guide = parseAgencyGuide(
      `青禾縣青禾鎮人民政府信息公開指南\n本政府還將采用以下輔助方式主動公開政府信息:在鎮政府信息公開欄公開信息${shifted('（地址：青禾縣青禾鎮文昌路18號)')}\n`,
    );
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.reading_places?.join('')).toContain('文昌路18號');
  });

  it('leaves a run alone when the mirror dropped bytes inside it (it would read as other characters)', () => {
    // （二）公開時限 with the bytes of 二's second half and 公's first lost: read in step it is （订筥…, no heading number.
    const garbled = '專欄等載體和形式予以主動公開。 ?。ǘ┕_時限 以發布的主動公開信息';
    expect(repairShiftedGbk(garbled)).toBe(garbled);
    expect(repairShiftedGbk('沒有亂碼的一句話。?。')).toBe('沒有亂碼的一句話。?。');
  });
});

describe('gaps35: a fragment of the scope list with no lead sentence', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-tax.txt',
        `青禾县税务局政府信息公开指南
为了保障公民、法人和其他组织依法获取政府信息,根据《中华人民共和国政府信息公开条例》,编制本指南。
3.税费征收:税费优惠政策、征收标准、办税指引;
7.纳税信用:纳税信用等级评定结果、重大税收违法失信主体名单;
属于主动公开范围的政府信息,自该信息形成或者变更之日起20个工作日内予以公开。
本机关受理政府信息公开申请的机构为:青禾县税务局办公室。
申请人可以提出以下内容:
1.申请人:姓名、身份证号;
2.联系方式:电话、地址;
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('quotes the numbered items as the scope', async () => {
    const answer = await app.ask('青禾县税务局主动公开哪些信息');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('纳税信用等级');
    expect(answer.answer).toContain('税费征收');
  });

  it('takes no list of what an application holds, nor a part’s own labels, for a scope', () => {
    const guide = parseAgencyGuide(`青禾县水利局政府信息公开指南
一、主动公开
1.主动公开的范围:机构职能、政策文件等信息。
2.主动公开的方式:青禾县人民政府网站。
二、依申请公开
1.申请人:姓名、身份证号;
2.所需信息:名称、文号;
`);
    expect(guide.fields.proactive_scope ?? '').not.toContain('申请人');
    const bare = parseAgencyGuide(`青禾县水利局政府信息公开指南
申请时请写明:
1.申请人:姓名、身份证号;
2.所需信息:名称、文号;
`);
    expect(bare.fields.proactive_scope).toBeUndefined();
  });
});

describe('gaps35: a place’s party committee asked about', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-town.txt',
        `青禾县石桥镇人民政府信息公开指南
一、受理机构
受理机构:青禾县石桥镇人民政府党政办公室
联系电话:0000-5551234
二、依申请公开
本机关收到申请后,不能当场答复的,自收到申请之日起20个工作日内予以答复。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('refuses, states nothing, and keeps small talk a request for a question', async () => {
    for (const question of ['石桥镇党委书记是谁', '石桥镇党委的书记叫什么名字']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('refusal');
      expect(answer.facts).toEqual([]);
      expect(answer.answer).not.toContain('0000-5551234');
    }
    expect((await app.ask('讲个笑话')).kind).toBe('clarify');
  });
});

describe('gaps35: a company by its own words without the place printed in its name', () => {
  let app: TestApp;
  const guide = (name: string, site: string) => `${name}信息公开指南
为便于公民、法人和其他组织获取${name}的企业信息,编制本指南。公民、法人或者其他组织可以在${name}网站(${site})上查阅本指南。
一、主动公开企业信息
1.单位概况。2.服务信息。
`;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['a.txt', guide('青禾华源热力有限公司', 'www.qhhuayuan.example')],
      ['b.txt', guide('江岸丰泽供水有限公司', 'www.jafengze.example')],
      ['c.txt', guide('白河丰泽供水有限公司', 'www.bhfengze.example')],
    ]);
  });
  afterAll(() => app.dispose());

  it('finds the one company holding the words, its guide named, and states no phone it lacks', async () => {
    const site = await app.ask('华源热力信息公开指南在哪看');
    expect(site.kind).toBe('guide');
    expect(site.answer).toContain('qhhuayuan.example');
    const phone = await app.ask('华源热力客服电话多少');
    expect(phone.kind).toBe('guide');
    expect(phone.answer).toContain('没有写明');
    expect(phone.facts).toEqual([]);
  });

  it('takes neither of two companies holding the same words', async () => {
    const answer = await app.ask('丰泽供水信息公开指南在哪看');
    expect(answer.answer).not.toContain('jafengze.example');
    expect(answer.answer).not.toContain('bhfengze.example');
  });
});
