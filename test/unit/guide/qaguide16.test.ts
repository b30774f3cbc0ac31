/** qaguide16's classes: the real sentences of its guides and a made-up second example of each. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'guides', name), 'utf8');

describe('a catalogue’s columns defined under 目录编排体系 (2.公开内容。简要描述…) are no proactive scope or channels', () => {
  it('reads 潢川县政府’s scope under 三、主动公开 (一)公开内容, not the column definitions (real)', () => {
    const { fields } = parseAgencyGuide(read('huangchuan-xzf-guide.txt'));
    expect(fields.proactive_scope).toContain('县政府层面');
    expect(fields.proactive_scope).not.toContain('简要描述');
    expect(fields.proactive_channels).toBeUndefined();
  });

  it('reads a made-up 岭北县人民政府 guide the same, a heading ending its line with a full stop still a heading', () => {
    const { fields } = parseAgencyGuide(
      '岭北县人民政府信息公开指南\n二、目录编排体系\n1.索引号。每条信息有唯一的索引号。\n2.公开内容。简要描述信息的内容。\n3.公开形式。分为主动公开和依申请公开两类。\n三、主动公开\n(一)公开范围。\n1.机构职能;2.政策文件;3.财政预决算。\n(二)公开方式。\n通过岭北县人民政府网站公开。\n四、依申请公开\n',
    );
    expect(fields.proactive_scope).toContain('机构职能');
    expect(fields.proactive_scope).not.toContain('简要描述');
    expect(fields.proactive_channels).toContain('岭北县人民政府网站');
  });
});

describe('a 查阅场所 heading over the sentence naming the place: the place, not the heading', () => {
  it('reads 平顺县气象局’s 办公场所 (real)', () => {
    const { fields } = parseAgencyGuide(read('pingshun-qxj-guide.txt'));
    expect(fields.reading_places).toEqual(['公民、法人和其他组织可以到平顺县气象局办公场所查阅政务信息']);
  });

  it('reads a made-up 岭北县地震局 heading and sentence the same', () => {
    const { fields } = parseAgencyGuide(
      '岭北县地震局政府信息公开指南\n一、主动公开\n(三)查阅场所\n公民可以到岭北县地震局办公场所查阅主动公开的信息。\n二、依申请公开\n受理机构:岭北县地震局办公室\n',
    );
    // Read as a label and its line here (查阅场所：…): the place is there, never the heading alone.
    expect(fields.reading_places).toHaveLength(1);
    expect(fields.reading_places?.[0]).toContain('岭北县地震局办公场所');
  });
});

describe('numbered accepting places ((1)…中心; (2)…): the first place without its number', () => {
  it('reads 江宁路街道’s 社区事务受理服务中心 (real)', () => {
    expect(parseAgencyGuide(read('jingan-jiangninglu-guide.txt')).fields.accepting_office).toBe('上海市静安区江宁路社区事务受理服务中心');
  });

  it('reads a made-up 岭北县青禾街道 list the same', () => {
    const { fields } = parseAgencyGuide(
      '岭北县青禾街道办事处政府信息公开指南\n二、依申请公开\n2、受理申请机构\n1.岭北县青禾街道便民服务中心;\n办公地址:青禾路1号;\n联系电话:0000-1234567\n2.岭北县政务服务中心;\n',
    );
    expect(fields.accepting_office).toBe('岭北县青禾街道便民服务中心');
  });
});

describe('the days off on a line of their own under the hours (节假日、公休日不受理申请): part of the hours', () => {
  it('reads 潢川县政府’s line (real)', () => {
    expect(parseAgencyGuide(read('huangchuan-xzf-guide.txt')).fields.office_hours).toContain('公休日不受理申请');
  });

  it('reads a made-up 岭北县文旅局 line the same, and no other line after the hours', () => {
    const { fields } = parseAgencyGuide(
      '岭北县文化和旅游局政府信息公开指南\n一、工作机构\n受理机构:岭北县文化和旅游局办公室\n受理时间:上午8:30至12:00,下午14:30至17:30\n\n双休日不办公。\n\n联系电话:0000-7654321\n',
    );
    expect(fields.office_hours).toContain('双休日不办公');
    expect(fields.office_hours).not.toContain('0000-7654321');
  });
});

describe('where to read what is published, with no website address stated: the ways of publishing beside the places', () => {
  it('平顺县气象局主动公开的信息在哪看 names 平顺县政府网站 (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [['pingshun-qxj-guide.txt', read('pingshun-qxj-guide.txt')]]);
    const answer = await app.ask('平顺县气象局主动公开的信息在哪看');
    expect(answer.answer).toContain('平顺县政府网站');
    expect(answer.answer).toContain('办公场所');
    app.dispose();
  });

  it('a made-up 岭北县地震局 guide the same', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      [
        'lingbei-dzj-guide.txt',
        '岭北县地震局政府信息公开指南\n一、主动公开\n(二)公开方式\n本局主动公开的政府信息主要通过岭北县人民政府网站予以公开。\n(三)查阅场所\n公民可以到岭北县地震局办公场所查阅政务信息。\n二、依申请公开\n受理机构:岭北县地震局办公室\n联系电话:0000-1112223\n',
      ],
    ]);
    const answer = await app.ask('岭北县地震局公开的信息去哪看');
    expect(answer.answer).toContain('岭北县人民政府网站');
    app.dispose();
  });
});

describe('the 2008 template’s 目录编排体系 in other real guides: their scope and channels read under 主动公开', () => {
  it('龙亭区, 息县张陶乡', () => {
    expect(parseAgencyGuide(read('longting-guide.txt')).fields.proactive_scope).not.toContain('簡要描述');
    const zhangtao = parseAgencyGuide(read('xixian-zhangtao-guide.txt')).fields;
    expect(zhangtao.proactive_scope).toBeUndefined();
    expect(zhangtao.proactive_channels).toContain('息县人民政府门户网站');
  });
});

describe('a company’s list with no heading (主要包括以下内容: 1.单位概况 …): its proactive scope, by item names', () => {
  it('reads 国网柘城县供电公司’s seven kinds (real)', () => {
    const scope = parseAgencyGuide(read('zhecheng-gdgs-guide.txt')).fields.proactive_scope;
    expect(scope).toContain('1.单位概况');
    expect(scope).toContain('7.服务承诺及热线');
  });

  it('reads a made-up 青禾县自来水公司 list the same, and not what an application holds', () => {
    const made = parseAgencyGuide(
      '青禾县自来水公司信息公开指南\n本公司公开的信息主要包括以下内容:\n1.企业概况\n主要包括:办公地址、营业场所、联系方式、供水服务范围、资质证书及编号等基础信息。\n2.办事服务\n主要包括:用户报装、过户、销户的流程、时限、申请资料和收费依据等办事指南信息。\n3.水质信息\n主要包括:出厂水、管网水的水质检测结果，每月公布一次，另附检测机构名称和检测项目。\n',
    );
    // Short enough to quote whole.
    expect(made.fields.proactive_scope).toContain('企业概况');
    expect(made.fields.proactive_scope).toContain('3.水质信息');
    const asked = parseAgencyGuide('青禾县自来水公司信息公开指南\n一、依申请公开\n申请应包括以下内容:\n1.申请人姓名\n2.联系方式\n');
    expect(asked.fields.proactive_scope).toBeUndefined();
  });
});
