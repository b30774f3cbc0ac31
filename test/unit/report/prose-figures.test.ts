/**
 * The prose-figure catalogue: extraction on a real report's text gives only catalogue keys, with
 * the figures read by hand; questions in citizens' words find their figure; and the labels module
 * names rows, sections and reports from the catalogue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT } from '../../../src/report/catalogue.js';
import {
  citedReportTitle,
  figureRowName,
  reportTitleOf,
  rowAnswerName,
  rowBlockName,
  rowShortName,
  sectionTitle,
} from '../../../src/report/labels.js';
import { parseReport } from '../../../src/report/parse.js';
import {
  ASKED_PROSE_FIGURES,
  classifyStatedNumber,
  OTHER_PROSE_FIGURE,
  PROSE_FIGURES,
  proseFigureByKey,
  proseFigureOfQuestion,
} from '../../../src/report/prose-figures.js';

const sample = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', name), 'utf8');

describe('extraction through the catalogue', () => {
  const { report } = parseReport(sample('zhongwei-kjj-2025.txt'));
  const keys = new Set<string>([...PROSE_FIGURES.map((figure) => figure.key), OTHER_PROSE_FIGURE]);

  it('gives every stated number a catalogue key', () => {
    expect(report.proseFigures.length).toBeGreaterThan(10);
    for (const figure of report.proseFigures) expect(keys.has(figure.key), figure.key).toBe(true);
  });

  it('reads the figures of a real report as a person reads them', () => {
    const first = (key: string) => report.proseFigures.find((figure) => figure.key === key);
    expect(first('proactive_items')).toMatchObject({ value: 67, unit: '条' });
    expect(first('trainings')).toMatchObject({ value: 2, unit: '次' });
    expect(first('suggestions')).toMatchObject({ value: 5, unit: '条' });
    expect(first('fees_collected')).toMatchObject({ value: 0, unit: '元' });
    const channels = report.proseFigures.filter((figure) => figure.key === 'proactive_items_by_channel').map((figure) => figure.channel);
    expect(channels).toEqual(['政府网站', '报纸']);
  });

  it('keeps a channel only for the figures that are counted by channel', () => {
    expect(classifyStatedNumber({ label: '政务微博关注', unit: '人', channels: ['微博'] })).toEqual({
      key: 'followers',
      keepsChannel: true,
    });
    expect(classifyStatedNumber({ label: '在网站开展培训', unit: '次', channels: ['政府网站'] })).toEqual({
      key: 'trainings',
      keepsChannel: false,
    });
    // A consultation notice published is not suggestions received.
    expect(classifyStatedNumber({ label: '发布政策文件征求意见建议', unit: '条', channels: [] }).key).toBe('published_items');
    expect(classifyStatedNumber({ label: '召开会议', unit: '次', channels: [] }).key).toBe(OTHER_PROSE_FIGURE);
  });

  it('never reads a count of 申请, 复议 or 诉讼 as items published, whatever 公开 its label holds', () => {
    // 重庆市九龙坡区二郎街道2022: 上年结转政府信息公开申请数量0件 had been stored as a 主动公开 item.
    expect(classifyStatedNumber({ label: '上年结转政府信息公开申请数量', unit: '件', channels: [] }).key).toBe(OTHER_PROSE_FIGURE);
    expect(classifyStatedNumber({ label: '通过网站办理依申请公开', unit: '件', channels: ['政府网站'] }).key).toBe(OTHER_PROSE_FIGURE);
    // 杭州市滨江区长河街道2023: 因政府信息公开引发行政复议2件、行政诉讼0件 had been two 主动公开 items.
    expect(classifyStatedNumber({ label: '因政府信息公开引发行政复议', unit: '件', channels: [] }).key).toBe(OTHER_PROSE_FIGURE);
    expect(classifyStatedNumber({ label: '因信息公开被提起行政诉讼', unit: '件', channels: [] }).key).toBe(OTHER_PROSE_FIGURE);
    expect(classifyStatedNumber({ label: '工作动态信息公开', unit: '条', channels: [] }).key).toBe('published_items');
  });

  it('counts items published in 项 as in 条 (主动公开政府信息119项), and reads 未发生…收费 as no fee collected', () => {
    expect(classifyStatedNumber({ label: '通过门户网站等平台主动公开政府信息', unit: '项', channels: ['政府网站'] }).key).toBe(
      'proactive_items',
    );
    expect(classifyStatedNumber({ label: '在区政务网公开', unit: '项', channels: ['政府网站'] }).key).toBe('proactive_items_by_channel');
    // 项 counts published information only as the object of 公开/发布: a catalogue's entries (对2045项应主动公开…) are not.
    expect(classifyStatedNumber({ label: '编制《政务公开标准目录》,对', unit: '项', channels: [] }).key).toBe(OTHER_PROSE_FIGURE);
    expect(classifyStatedNumber({ label: '全年累计公开政府信息', unit: '项', channels: [] }).key).toBe('proactive_items');
    expect(proseFigureOfQuestion('开发区去年公开了多少项政府信息')).toBe('proactive_items');
    const none = proseFigureByKey('fees_collected')!.none!.pattern;
    expect(none.test('本年度，本镇未发生政府信息公开相关的收费及减免情况。')).toBe(true);
    expect(none.test('全年未发生因政府信息公开收费的情况')).toBe(true);
  });
});

describe('questions through the catalogue', () => {
  it('finds the figure a citizen asks about', () => {
    expect(proseFigureOfQuestion('你们公众号有多少人关注')).toBe('followers');
    expect(proseFigureOfQuestion('今年搞了几次培训')).toBe('trainings');
    expect(proseFigureOfQuestion('申请信息公开要交钱吗')).toBe('fees_collected');
    expect(proseFigureOfQuestion('去年公开了多少条信息')).toBe('proactive_items');
    expect(proseFigureOfQuestion('依申请公开了多少条')).toBeUndefined();
    expect(proseFigureOfQuestion('行政事业性收费多少')).toBeUndefined();
    // 收费没有 / 收费了没: a yes or no on the fee, as 收费了吗.
    expect(proseFigureOfQuestion('那个乡信息公开收费没有')).toBe('fees_collected');
    expect(proseFigureOfQuestion('街道办收费了没')).toBe('fees_collected');
  });

  it('gives every figure a question can be about a name and a unit for the answer', () => {
    for (const figure of ASKED_PROSE_FIGURES) {
      expect(figure.name, figure.key).toBeTruthy();
      expect(figure.unit, figure.key).toBeTruthy();
    }
    expect(proseFigureByKey('proactive_items')?.partsKey).toBe('proactive_items_by_channel');
  });
});

describe('labels', () => {
  const row = (key: string) => CURRENT_LAYOUT.entryRow(key)!;

  it('names rows for clerks, citizens and reminders', () => {
    expect(rowShortName(row('withheld.state_secret'))).toBe('不予公开·属于国家秘密');
    expect(rowShortName(row('partly_granted'))).toBe('部分公开');
    expect(rowShortName(row('handled_total'))).toBe('办理结果总计');
    expect(rowShortName(row('proactive_items'))).toBe('主动公开信息');
    expect(rowAnswerName(row('received'))).toBe('本年新收申请');
    expect(rowAnswerName(row('handled_total'))).toBe('办理结果总计');
    expect(figureRowName('received.total')).toBe('本年新收申请');
    expect(rowBlockName('withheld.third_party')).toBe('办理结果');
    expect(rowBlockName('carried_over')).toBe('上年结转');
  });

  it('names sections and reports', () => {
    expect(sectionTitle('applications')).toBe('三、收到和处理政府信息公开申请情况');
    expect(citedReportTitle({ agency: '中卫市科技局', year: 2025 })).toBe('《中卫市科技局2025年政府信息公开工作年度报告》');
    expect(reportTitleOf({ agency: '中卫市科技局', year: 2025, title: undefined })).toBe('中卫市科技局2025年政府信息公开工作年度报告');
  });
});

describe('labels of figures in a sentence a heading runs into', () => {
  it('leaves the glued heading out of the label, keeping the key its words give', async () => {
    const { extractProseFigures } = await import('../../../src/report/prose.js');
    // Real (永安市卫生健康局2024): the heading (一)主动公开政府信息的情况 glued to the sentence.
    const real = extractProseFigures('(一)主动公开政府信息的情况2024年我单位共制作信息30条,其中主动公开信息数24条,占比80%;', 'overview');
    expect(real.filter((figure) => figure.key === 'proactive_items').map((figure) => [figure.label, figure.value])).toEqual([
      ['我单位共制作信息', 30],
      ['主动公开信息数', 24],
    ]);
    // Made up: 二、 and 工作 end the heading the same way.
    const made = extractProseFigures('二、政务公开工作本年度共编发简报12期', 'overview');
    expect(made.map((figure) => figure.label)).toEqual(['本年度共编发简报']);
  });

  it('a 主动公开 count in a sentence opening with 其中 is a part of the total before it, never the year’s total', async () => {
    const { extractProseFigures } = await import('../../../src/report/prose.js');
    // Real (reports-more16/18, 四川省体育局2023): the total's 信息 lost its 息, the 6件 after it is one kind of item.
    const real = extractProseFigures(
      '全年共发布信3366条。其中,概况类信息2条,政务动态信息1338条,主动公开人大代表建议答复意见2政协委员提案答复意见6件;',
      'overview',
    );
    expect(real.filter((figure) => figure.key === 'proactive_items')).toEqual([]);
    // Made up: the same break-down with the total written whole; only the total is the year's.
    const made = extractProseFigures('2024年主动公开政府信息215条。其中,主动公开规范性文件9件,主动公开人事信息14条。', 'overview');
    expect(made.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([215]);
  });

  it('a count of one column (政府信息公示专栏…108条) is that channel’s, not the year’s total', async () => {
    const { extractProseFigures } = await import('../../../src/report/prose.js');
    // Real (弥勒市朋普镇人民政府2024, a page of the search corpus): the channel-less column count had been taken as the year's
    // total over 通过市政府政务网站、新媒体平台、宣传栏等方式…共597条.
    const real = extractProseFigures(
      '2024年以来,通过市政府政务网站、新媒体平台、宣传栏等方式主动公开朋普镇政府信息共597条。2024年度门户网站主动公开政府信息6条,“朋普发布”微信公众号发布信息315篇,“朋普镇人民政府”抖音发布视频95条、“朋普发布”视频号发布73期、政府信息公示专栏公开政府信息108条。',
      'overview',
    );
    expect(real.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([597]);
    expect(real.find((figure) => figure.value === 108)).toMatchObject({ key: 'proactive_items_by_channel', channel: '专栏' });
    // Made up: a 专栏 of another name.
    const made = extractProseFigures('本年度主动公开政府信息120条。通过“乡村振兴”专栏发布信息30条。', 'overview');
    expect(made.map((figure) => [figure.key, figure.value])).toEqual([
      ['proactive_items', 120],
      ['proactive_items_by_channel', 30],
    ]);
  });

  it('all kinds published (共发布各类信息171条) is the year’s total; a 主动公开 item further down its 其中 list is one of its parts', async () => {
    const { extractProseFigures } = await import('../../../src/report/prose.js');
    // Real (禄丰市卫生健康局2025, a page of the search corpus): 法定主动公开内容63条 had been stored as the year's total.
    const real = extractProseFigures(
      '2025年,禄丰市卫生健康局全年共发布各类信息171条,其中新闻动态8条,政策问答7条,法定主动公开内容63条,行政执法信息41条。',
      'overview',
    );
    expect(real.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([171]);
    // Made up: 发布各类政务信息共 and a 主动公开 item second in the list.
    const made = extractProseFigures('本年度发布各类政务信息共90条，其中工作动态40条、主动公开规划信息12条。', 'overview');
    expect(made.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([90]);
    // The only item after 其中 that says 主动公开 is still the count disclosed (永安: 共制作信息30条,其中主动公开信息数24条).
    const only = extractProseFigures('全年共制作信息30条,其中主动公开信息数24条。', 'overview');
    expect(only.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([24]);
  });

  it('a count of one to nine in words ending its clause (收到…申请一件) is read as its digit; 一件事一次办 and 统一 are none', async () => {
    const { extractProseFigures } = await import('../../../src/report/prose.js');
    // reports-more16/28: 2023年度厚桥街道收到政府信息公开申请一件,已办理完毕.
    const real = extractProseFigures('2023年度厚桥街道收到政府信息公开申请一件,已办理完毕。', 'overview');
    expect(real.map((figure) => [figure.key, figure.value, figure.unit])).toEqual([['applications_received', 1, '件']]);
    // Made up: 两件 at a sentence's end; 第一次, 一件事一次办 and 统一 state no count.
    const made = extractProseFigures('全年共受理依申请公开两件。推行一件事一次办,统一受理,第一次会议于3月召开。', 'overview');
    expect(made.map((figure) => [figure.key, figure.value])).toEqual([['applications_received', 2]]);
  });
});
