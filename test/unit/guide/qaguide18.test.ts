/** qaguide18's classes: the real sentences of its guides and a made-up second example of each. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'guides', name), 'utf8');

/** A made-up township guide: a long scope (cut when stored), its items joined by 、, a catalogue layout and an edition. */
const QINGHE =
  '青禾镇人民政府信息公开指南(2025年版)\n为便于公民获取青禾镇人民政府的政府信息，编制本指南。\n一、主动公开\n(一)公开范围\n' +
  '本机关主动公开以下政府信息:\n1.以镇政府名义印发的行政规范性文件和其他文件，包括政策解读、图片解读、视频解读等各类解读材料;\n' +
  '2.镇政府领导简介、主管或分管工作以及各村(社区)负责人名单;\n3.镇政府机构设置情况和各办公室的职责;\n' +
  '4.镇政府重要会议信息和重大决策的征求意见稿;\n5.镇政府人事任免信息;\n6.镇政府财政预算、决算信息和“三公”经费;\n' +
  '7.农村危房改造补助对象名单;\n8.耕地地力保护补贴发放信息。\n(二)编排体系\n1.索引号:索引号是为方便查找而给每条信息编的号码,由18位数字组成。\n' +
  '2.名称:信息的标题。\n二、依申请公开\n(一)受理机构。\n\n青禾镇党政办公室\n\n联系电话:0000-7778889\n';

describe('one item of the scope asked yes or no, the item before 公开 (X公开吗) or joined otherwise (预算决算 for 预算、决算)', () => {
  it('济南十一中收费信息公开吗, 潘家湾镇的财政预算公开吗, 柘城供电公司停电信息公开吗 (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['jinan-syz-guide.txt', read('jinan-syz-guide.txt')],
      ['jiayu-panjiawan-guide.txt', read('jiayu-panjiawan-guide.txt')],
      ['zhecheng-gdgs-guide.txt', read('zhecheng-gdgs-guide.txt')],
    ]);
    const fee = await app.ask('济南十一中收费信息公开吗');
    expect(fee.kind).toBe('guide');
    expect(fee.answer).toContain('收费信息');
    expect((await app.ask('潘家湾镇的财政预算公开吗')).answer).toContain('年度财政预算');
    // 停电 stands past the stored scope's cut (the list's item names), in the whole part kept for this.
    expect((await app.ask('柘城供电公司停电信息公开吗')).answer).toContain('停电区域');
    app.dispose();
  });

  it('a made-up 青禾镇: 预算决算, 补贴发放情况 before 公开; an item it does not name and the agency’s own name are no item', async () => {
    const app = makeTestApp();
    await importTexts(app, [['qinghe-zhen-guide.txt', QINGHE]]);
    expect((await app.ask('青禾镇会公开预算决算吗')).answer).toContain('财政预算、决算');
    const subsidy = await app.ask('青禾镇耕地地力保护补贴发放情况公开吗');
    expect(subsidy.kind).toBe('guide');
    expect(subsidy.answer).toContain('耕地地力保护补贴');
    expect((await app.ask('青禾镇危房改造补助对象名单公不公开')).answer).toContain('危房改造');
    expect((await app.ask('青禾镇招商引资项目公开吗')).answer).not.toContain('会。');
    expect((await app.ask('青禾镇信息公开吗')).answer).not.toContain('会。');
    app.dispose();
  });
});

describe('the whole scope is kept for looking an item up; a scope shortened a little is quoted whole', () => {
  it('惠州市医保局主动公开哪些信息 quotes its (四) 三公经费; 信阳市肿瘤医院 有几类 reads the scope (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['huizhou-ybj-guide.txt', read('huizhou-ybj-guide.txt')],
      ['xinyang-zlyy-guide.txt', read('xinyang-zlyy-guide.txt')],
    ]);
    expect((await app.ask('惠州市医疗保障局主动公开哪些信息')).answer).toContain('三公');
    expect((await app.ask('信阳市肿瘤医院主动公开的信息有几类')).answer).toContain('4类');
    expect((await app.ask('信阳市肿瘤医院公开服务价格吗')).answer).toContain('服务价格');
    app.dispose();
  });

  it('a made-up 青禾镇: its stored scope is cut, the whole one is kept apart and never printed by import', () => {
    const { fields } = parseAgencyGuide(QINGHE);
    expect(fields.proactive_scope?.length).toBeLessThan(fields.proactive_scope_full?.length ?? 0);
    expect(fields.proactive_scope_full).toContain('耕地地力保护补贴');
  });
});

describe('a scope after 公开以下各类政府信息 (not only 下列) under a 信息分类和编排体系 heading', () => {
  it('樂昌市教育局: the kinds (一)機構職能 … (三)財政預決算 三公經費 (real, 繁体)', () => {
    const scope = parseAgencyGuide(read('lechang-jyj-guide.txt')).fields;
    expect(scope.proactive_scope).toContain('機構職能');
    expect(scope.proactive_scope_full ?? scope.proactive_scope).toContain('三公經費');
  });

  it('a made-up 岭北县教育局 the same', () => {
    const { fields } = parseAgencyGuide(
      '岭北县教育局政府信息公开指南\n一、信息分类和编排体系\n本机关在职责范围内，负责主动或依申请公开以下各类政府信息:\n(一)招生入学\n主要包括:义务教育招生方案。\n二、依申请公开\n联系电话:0000-1112223\n',
    );
    expect(fields.proactive_scope).toContain('招生方案');
  });
});

describe('the revision or edition under the title, and the catalogue layout, are read and asked', () => {
  it('樂昌市教育局 (2025年4月修訂), 大同市公安局 哪年修订; 浙江省外办 索引号多少位, 鄂城区教育局 索引号是啥意思 (real)', async () => {
    expect(parseAgencyGuide(read('lechang-jyj-guide.txt')).fields.revised).toBe('2025年4月修訂');
    const app = makeTestApp();
    await importTexts(app, [
      ['datong-gaj-guide.txt', read('datong-gaj-guide.txt')],
      ['zhejiang-wsb-guide.txt', read('zhejiang-wsb-guide.txt')],
      ['echeng-jyj-guide.txt', read('echeng-jyj-guide.txt')],
    ]);
    expect((await app.ask('大同市公安局政府信息公开指南是哪年修订的')).answer).toContain('2024年8月');
    expect((await app.ask('浙江省外办索引号多少位')).answer).toContain('20位');
    expect((await app.ask('鄂城区教育局 索引号是啥意思')).answer).toContain('信息编码');
    app.dispose();
  });

  it('a made-up 青禾镇: 指南(2025年版); 索引号几位; a date in the opening is no revision', async () => {
    expect(parseAgencyGuide(QINGHE).fields.revised).toBe('2025年版');
    expect(
      parseAgencyGuide('岭北县水利局政府信息公开指南\n《条例》自2019年5月15日起施行。\n二、依申请公开\n联系电话:0000-2223334\n').fields
        .revised,
    ).toBeUndefined();
    const app = makeTestApp();
    await importTexts(app, [['qinghe-zhen-guide.txt', QINGHE]]);
    expect((await app.ask('青禾镇的指南是哪一年的版本')).answer).toContain('2025年版');
    expect((await app.ask('青禾镇索引号是几位数')).answer).toContain('18位');
    app.dispose();
  });
});

describe('(一)受理机构。 as a heading with the office alone on the next line', () => {
  it('雅安市教育局办公室 (real)', () => {
    expect(parseAgencyGuide(read('yaan-jyj-guide.txt')).fields.accepting_office).toBe('雅安市教育局办公室');
  });

  it('a made-up 青禾镇党政办公室', () => {
    expect(parseAgencyGuide(QINGHE).fields.accepting_office).toBe('青禾镇党政办公室');
  });
});

describe('applying through someone else, and an exempt kind asked yes or no, of a named agency: the regulation’s rules', () => {
  it('金寨县茶美中心能不能让别人帮我申请; 舒城税务局内部的人事管理信息公开吗; 义乌卫健局涉及别人隐私的信息会公开吗 (real)', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['jinzhai-chamei-guide.txt', read('jinzhai-chamei-guide.txt')],
      ['shucheng-swj-guide.txt', read('shucheng-swj-guide.txt')],
      ['yiwu-wjj-guide.txt', read('yiwu-wjj-guide.txt')],
    ]);
    const entrusted = await app.ask('金寨县茶美中心能不能让别人帮我申请');
    expect(entrusted.kind).toBe('guide');
    expect(entrusted.answer).toContain('委托');
    expect((await app.ask('舒城税务局内部的人事管理信息公开吗')).answer).toContain('内部事务');
    expect((await app.ask('义乌卫健局涉及别人隐私的信息会公开吗')).answer).toContain('个人隐私');
    app.dispose();
  });

  it('made-up wordings: 可以代理申请吗, 委托律师去申请行不行, 后勤管理的信息公开吗', async () => {
    const app = makeTestApp();
    expect((await app.ask('可以代理申请吗')).answer).toContain('授权委托书');
    expect((await app.ask('委托律师去申请行不行')).answer).toContain('授权委托书');
    expect((await app.ask('后勤管理的信息公开吗')).answer).toContain('内部事务');
    app.dispose();
  });
});
