/** qaguide17's classes: the real sentences of its guides and a made-up second example of each. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'guides', name), 'utf8');

describe('a development zone titled by its name alone is its committee, not a 人民政府', () => {
  it('襄阳高新区2024年政府信息公开指南 is 襄阳高新区管委会’s, as the body names it (real)', () => {
    expect(parseAgencyGuide(read('xiangyang-gxq-guide.txt')).agency).toBe('襄阳高新区管委会');
  });

  it('a made-up 青禾经开区 guide takes the body’s 管理委员会; a 新区 the body names no committee of stays a government', () => {
    const zone = parseAgencyGuide(
      '青禾经开区政府信息公开指南\n为便于获取青禾经开区管理委员会的政府信息，编制本指南。\n一、主动公开\n(一)公开范围\n机构职能、政策文件。\n二、依申请公开\n联系电话:0000-1234567\n',
    );
    expect(zone.agency).toBe('青禾经开区管理委员会');
    const district = parseAgencyGuide(
      '岭北新区政府信息公开指南\n为便于获取岭北新区的政府信息，编制本指南。\n一、主动公开\n(一)公开范围\n机构职能。\n二、依申请公开\n联系电话:0000-7654321\n',
    );
    expect(district.agency).toBe('岭北新区人民政府');
  });
});

describe('a post code in brackets closing the address is the post code, not part of the address', () => {
  it('河南省自然资源厅: 联系地址:鄭州市金水區金水東路18號(郵政編碼450016) (real, 繁体)', () => {
    const { fields } = parseAgencyGuide(read('henan-zrzyt-guide.txt'));
    expect(fields.address).toBe('鄭州市金水區金水東路18號');
    expect(fields.post_code).toBe('450016');
  });

  it('a made-up mailing address with （邮编：000123）', () => {
    const { fields } = parseAgencyGuide(
      '岭北县水利局政府信息公开指南\n二、依申请公开\n受理机构:岭北县水利局办公室\n联系电话:0000-2223334\n通信地址:岭北县文昌路1号（邮编：000123）\n',
    );
    expect(fields.mailing_address ?? fields.address).toBe('岭北县文昌路1号');
    expect(fields.post_code).toBe('000123');
  });
});

describe('a 公开范围 heading inside the 依申请公开 part is the scope of applications, not of what is published', () => {
  it('潘家湾镇: the list after 主动公开下列各类政府信息; is the scope, not 二、依申请公开 1、公开范围 (real)', () => {
    const scope = parseAgencyGuide(read('jiayu-panjiawan-guide.txt')).fields.proactive_scope;
    expect(scope).toContain('组织机构情况');
    expect(scope).toContain('三公');
    expect(scope).not.toContain('受理机构');
  });

  it('a made-up 青禾乡 guide the same', () => {
    const scope = parseAgencyGuide(
      '青禾乡人民政府信息公开指南\n根据《中华人民共和国政府信息公开条例》(以下简称《条例》)编制《青禾乡人民政府信息公开指南》(以下简称《指南》)，需要获取青禾乡人民政府信息的公民、法人和其他组织，建议阅读本《指南》，本《指南》将根据工作需要和情况变化适时更新调整，公民、法人和其他组织可以在青禾县人民政府门户网站查阅本《指南》。\n一、主动公开\n乡人民政府主动公开下列各类政府信息;\n(一)领导分工。\n(二)财政预算、决算。\n(三)惠农补贴发放情况。\n二、依申请公开\n1、公开范围\n公开范围指未主动公开、依申请公开的政府信息。\n2、受理机构\n受理机构为青禾乡人民政府办公室。\n',
    ).fields.proactive_scope;
    expect(scope).toContain('惠农补贴');
    expect(scope).not.toContain('依申请公开的政府信息');
  });
});

describe('a school named with its city inside the name (山东省济南第十一中学) is asked by the city and its short ordinal', () => {
  it('济南十一中信息公开电话 reaches 山东省济南第十一中学’s guide (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [['jinan-syz-guide.txt', read('jinan-syz-guide.txt')]]);
    const answer = await app.ask('济南十一中信息公开电话');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0531-85951763');
    app.dispose();
  });

  it('a made-up 江苏省苏州第二十中学 asked as 苏州二十中; 十一中 alone is not the stored 一中', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      [
        'suzhou-20-guide.txt',
        '江苏省苏州第二十中学信息公开指南\n一、主动公开\n(一)公开范围\n学校概况信息。\n二、依申请公开\n受理机构:江苏省苏州第二十中学办公室\n联系电话:0000-3334445\n',
      ],
      ['bozhou-yz-guide.txt', read('bozhou-yz-guide.txt')],
    ]);
    expect((await app.ask('苏州二十中信息公开电话')).answer).toContain('0000-3334445');
    // 十一中 holds 一中: no question of which 一中 (亳州一中) is meant.
    expect((await app.ask('十一中信息公开电话')).answer).not.toContain('亳州一中');
    app.dispose();
  });
});

describe('services that are no disclosure (办户口, 不动产登记, 报警电话) are not answered with the disclosure rules or office', () => {
  const lingbei =
    '岭北县公安局政府信息公开指南\n一、主动公开\n(一)公开范围\n机构职能。\n二、依申请公开\n受理机构:岭北县公安局办公室\n联系电话:0000-5556667\n';

  it('大同市公安局办户口迁移要啥材料 / 报警电话; 河南省自然资源厅不动产登记怎么办 (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['datong-gaj-guide.txt', read('datong-gaj-guide.txt')],
      ['henan-zrzyt-guide.txt', read('henan-zrzyt-guide.txt')],
    ]);
    expect((await app.ask('大同市公安局办户口迁移要啥材料')).answer).not.toContain('一般规定');
    expect((await app.ask('大同市公安局报警电话')).answer).not.toContain('0352-2055492');
    expect((await app.ask('河南省自然资源厅不动产登记怎么办')).answer).not.toContain('一般规定');
    app.dispose();
  });

  it('a made-up 岭北县公安局: 身份证去哪办理, 急救电话', async () => {
    const app = makeTestApp();
    await importTexts(app, [['lingbei-gaj-guide.txt', lingbei]]);
    expect((await app.ask('岭北县公安局身份证去哪办理')).answer).not.toContain('一般规定');
    expect((await app.ask('岭北县公安局急救电话多少')).answer).not.toContain('0000-5556667');
    // The disclosure office's phone is still the phone asked plainly.
    expect((await app.ask('岭北县公安局信息公开电话')).answer).toContain('0000-5556667');
    app.dispose();
  });
});

describe('a remedy asked after a refusal to disclose (不给公开可以复议吗) is the remedies, not what is exempt', () => {
  it('潘家湾镇不给公开可以复议吗 (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [['jiayu-panjiawan-guide.txt', read('jiayu-panjiawan-guide.txt')]]);
    expect((await app.ask('潘家湾镇不给公开可以复议吗')).answer).toContain('行政复议');
    app.dispose();
  });

  it('made-up wordings: 不公开的话能起诉吗, 拒绝公开能去法院吗; 哪些信息不公开 still the exemptions', async () => {
    const app = makeTestApp();
    expect((await app.ask('不公开的话能起诉吗')).answer).toContain('行政诉讼');
    expect((await app.ask('拒绝公开能去法院吗')).answer).toContain('行政诉讼');
    expect((await app.ask('哪些信息不公开')).answer).toContain('国家秘密');
    app.dispose();
  });
});

describe('the office doing the work (…秘书科具体承办…) over a 机构名称 that names only the agency; 谁负责 asks for it', () => {
  it('大同市公安局: 警令部秘书科, asked as 信息公开谁负责 (real)', async () => {
    expect(parseAgencyGuide(read('datong-gaj-guide.txt')).fields.accepting_office).toBe('大同市公安局警令部秘書科');
    const app = makeTestApp();
    await importTexts(app, [['datong-gaj-guide.txt', read('datong-gaj-guide.txt')]]);
    expect((await app.ask('大同市公安局信息公开谁负责')).answer).toContain('秘书科');
    app.dispose();
  });

  it('a made-up 岭北县交通运输局 the same', () => {
    const { fields } = parseAgencyGuide(
      '岭北县交通运输局政府信息公开指南\n一、政府信息公开工作机构\n岭北县交通运输局政策法规股具体承办本机关的政府信息公开事宜。\n机构名称:岭北县交通运输局\n联系电话:0000-4445556\n',
    );
    expect(fields.accepting_office).toBe('岭北县交通运输局政策法规股');
  });
});

describe('asked which office accepts, of a guide cut before its office: said not written, beside what it gives', () => {
  it('襄阳高新区依申请公开找哪个部门 (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [['xiangyang-gxq-guide.txt', read('xiangyang-gxq-guide.txt')]]);
    const answer = await app.ask('襄阳高新区依申请公开找哪个部门');
    expect(answer.answer).toContain('没有写明受理机构');
    expect(answer.answer).toContain('0710-2399170');
    app.dispose();
  });

  it('a made-up 岭北县林业局 guide with only a phone: 谁受理', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      [
        'lingbei-lyj-guide.txt',
        '岭北县林业局政府信息公开指南\n一、主动公开\n(一)公开范围\n机构职能。\n咨询电话:0000-6667778\n二、依申请公开\n',
      ],
    ]);
    expect((await app.ask('岭北县林业局信息公开申请谁受理')).answer).toContain('没有写明受理机构');
    app.dispose();
  });
});

describe('what to write on the envelope, of a guide that does not say: said so, with the common practice', () => {
  it('河南省自然资源厅寄信申请信封上写什么 (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [['henan-zrzyt-guide.txt', read('henan-zrzyt-guide.txt')]]);
    const answer = await app.ask('河南省自然资源厅寄信申请信封上写什么');
    expect(answer.answer).toContain('没有写明信封上怎么写');
    expect(answer.answer).toContain('政府信息公开申请');
    app.dispose();
  });

  it('a made-up guide that says it is quoted, not the common practice', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      [
        'lingbei-sj-guide.txt',
        '岭北县审计局政府信息公开指南\n二、依申请公开\n受理机构:岭北县审计局办公室\n通信地址:岭北县文昌路9号\n信函申请：申请人通过信函方式提出申请的，请在信封上注明“信息公开”字样。\n',
      ],
    ]);
    const answer = await app.ask('岭北县审计局寄信申请信封上写什么');
    expect(answer.answer).not.toContain('没有写明信封');
    app.dispose();
  });
});

describe('那X的呢 naming a school by its city and ordinal (那济南十一中的呢) asks the last question of it', () => {
  it('after 大同公安局信息公开电话多少 (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['datong-gaj-guide.txt', read('datong-gaj-guide.txt')],
      ['jinan-syz-guide.txt', read('jinan-syz-guide.txt')],
    ]);
    await app.ask('大同公安局信息公开电话多少', 'u1');
    expect((await app.ask('那济南十一中的呢', 'u1')).answer).toContain('0531-85951763');
    app.dispose();
  });

  it('a made-up 苏州二十中 after 济南十一中', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['jinan-syz-guide.txt', read('jinan-syz-guide.txt')],
      [
        'suzhou-20-guide.txt',
        '江苏省苏州第二十中学信息公开指南\n一、主动公开\n(一)公开范围\n学校概况信息。\n二、依申请公开\n受理机构:江苏省苏州第二十中学办公室\n联系电话:0000-3334445\n',
      ],
    ]);
    await app.ask('济南十一中信息公开电话', 'u2');
    expect((await app.ask('那苏州二十中的呢', 'u2')).answer).toContain('0000-3334445');
    app.dispose();
  });
});
