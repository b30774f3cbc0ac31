/**
 * real-questions-53's answer classes (reports-more32), each on the real sentence and a made-up second example: 无 before a
 * preposition or 任何 (无针对本部门有关政府信息公开事务的行政复议) says no however long its phrase; 涵盖 opens a breakdown whose
 * item named with 类 (涵盖投诉类328条) is the count of that kind, not the total before it; a county named alone, whose one stored
 * body is a town's, is answered with a note saying so, and an autonomous county is found by the name people write
 * (张家川县 for 张家川回族自治县); the people's words for a report's: 记者会 (新闻发布会), 网友留言 (网民留言), 多不多 (有多少),
 * 接了多少个电话 (接听…来电), 央视报道了几条 (央视发布78条); 哪个多 after two sentence figures names what each counts; a page naming no agency gives none from 对以县政府和县政府办公室名义.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeStarting } from '../../../src/qa/places.js';
import { isAgencyName, namesInText } from '../../../src/report/identity.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-53 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      // The real sentences (reports-more32/05, 03, 01, 02 and 04), cut to what is asked.
      [
        'jinkouhe.txt',
        `一、总体情况
现将乐山市金口河区文化广播电视体育和旅游局2024年政府信息公开工作年度报告如下:
(二)依申请公开
2024年,我局无依申请公开事项,无针对本部门有关政府信息公开事务的行政复议、诉讼、申请案例。`,
      ],
      [
        'longshan.txt',
        `现向社会公布张家川县龙山镇人民政府2024年度政府信息公开工作报告。
一、总体情况
(一)主动公开。同年,我镇办公热线接听 154 次来电,业务咨询126次(占比81.8%),问题反映与投诉建议28 次(占比 18.1%),均妥善办结。此外,协助处理天水市 12345 热线工单 378 条,涵盖投诉类328条(占比 86.7%)与政策咨询类 50 条(占比13.2%),并通过其他信访平台受理回复群众意见 43 条。`,
      ],
      [
        'wengan.txt',
        `现向社会公布瓮安县2024年政府信息公开工作年度报告。
一、总体情况
(一)进一步加强主动公开。受理网民留言106条,均实现办结,做到件件有回音。此外,通过“瓮安县人民政府网”微信公众号发布信息584条,“瓮安政务”微博发布信息298条,拓宽信息传播渠道。`,
      ],
      [
        'ganyu.txt',
        `连云港市赣榆区人民政府办公室2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。围绕重点工作,开设新闻发布会1场,搭建政府与社会公众的直接沟通桥梁。`,
      ],
      [
        'taian.txt',
        `泰安市文化和旅游局2024年政府信息公开工作年度报告
一、总体情况
1.主动公开。人民日报社、新华通讯社、中央广播电视总台等中央主要新闻媒体发布泰安文旅新闻447条,其中央视发布78条。`,
      ],
      // Made-up second examples of each class.
      [
        'qinghe.txt',
        `青禾市园林局2024年政府信息公开工作年度报告
一、总体情况
(二)依申请公开。2024年,本局无关于本单位政府信息公开工作的行政诉讼案件。全年协助处理市民热线工单240条,涵盖咨询类150条与求助类90条。全年接听群众来电66次。
(三)平台建设。全年召开新闻发布会3场,收到网友留言52条。通过“青禾园林”微信公众号发布信息120条,“青禾发布”微博发布信息95条。媒体发布园林新闻30条,其中省电视台发布12条。`,
      ],
      [
        'mengshan.txt',
        `孟连县富岩镇人民政府2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开。2024年,通过县政府网站公开政府信息88条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('says no to a yes/no whose thing stands in a long phrase after 无针对 or 无关于', async () => {
    const real = await app.ask('金口河区文旅局2024年被行政复议了吗');
    expect(real.answer.startsWith('没有')).toBe(true);
    const madeUp = await app.ask('青禾市园林局2024年被起诉过吗');
    expect(madeUp.answer.startsWith('没有')).toBe(true);
  });

  it('answers an item of a breakdown opened by 涵盖 and named with 类, not the total before it', async () => {
    expect(values(await app.ask('龙山镇24年12345热线投诉类工单多少'))).toEqual([328]);
    expect(values(await app.ask('龙山镇2024年12345里政策咨询的有几条'))).toEqual([50]);
    expect(values(await app.ask('龙山镇2024年12345工单处理了多少条'))).toEqual([378]);
    expect(values(await app.ask('青禾市园林局2024年热线工单里求助类有多少条'))).toEqual([90]);
    expect(values(await app.ask('青禾市园林局2024年热线工单多少条'))).toEqual([240]);
  });

  it('takes no agency name from prepositions glued to a bare level (对以县政府和县政府办公室名义发布的)', () => {
    // The real sentence (reports-more32/09, a page naming no agency at all), and a made-up one.
    expect(namesInText('对以县政府和县政府办公室名义发布的规范性文件进行全面梳理,继续有效20件')).toEqual([]);
    expect(isAgencyName('对以市政府名义印发的文件')).toBe(false);
    expect(isAgencyName('以区人民政府办公室')).toBe(false);
    expect(isAgencyName('从江县人民政府办公室')).toBe(true);
    expect(isAgencyName('于都县教育局')).toBe(true);
  });

  it('reads 张家川县 and 孟连县 as the autonomous counties they are', () => {
    expect(placeStarting('张家川县')?.place.name).toBe('张家川回族自治县');
    expect(placeStarting('张家川')?.place.name).toBe('张家川回族自治县');
    expect(placeStarting('孟连县')?.place.name).toBe('孟连傣族拉祜族佤族自治县');
  });

  it('answers a county named alone from a town of it only with a note that it is not the county’s own', async () => {
    const real = await app.ask('张家川县2024年12345工单多少条');
    expect(real.answer).toContain('下面一级');
    const madeUp = await app.ask('孟连县2024年公开了多少条信息');
    expect(madeUp.answer).toContain('下面一级');
    expect(madeUp.answer).toContain('不是孟连');
  });

  it('names the things compared in 哪个多 after two figures of one agency and year read from sentences', async () => {
    await app.ask('瓮安县2024年微信公众号发了多少条', 'r53-which');
    await app.ask('微博呢', 'r53-which');
    const real = await app.ask('哪个多', 'r53-which');
    expect(real.answer).toMatch(/^瓮安县2024年[^。]*微信公众号[^。]*584条最多/);
    await app.ask('青禾市园林局2024年公众号发了几条', 'r53-which-2');
    await app.ask('那微博呢', 'r53-which-2');
    const madeUp = await app.ask('哪个多', 'r53-which-2');
    expect(madeUp.answer.split('\n')[0]).toMatch(/公众号[^。]*最多[^。]*120条|公众号[^。]*120条最多/);
  });

  it('reads a citizen’s words for what the report prints', async () => {
    expect(values(await app.ask('赣榆区政府办2025年开了几场记者会'))).toEqual([1]);
    expect(values(await app.ask('青禾市园林局2024年开过几次记者见面会'))).toEqual([3]);
    expect(values(await app.ask('瓮安县24年网友留言多不多'))).toEqual([106]);
    expect(values(await app.ask('青禾市园林局2024年网民留言有多少'))).toEqual([52]);
    expect(values(await app.ask('龙山镇2024年办公热线接了多少个电话'))).toEqual([154]);
    expect(values(await app.ask('青禾市园林局2024年接了几通电话'))).toEqual([66]);
    expect(values(await app.ask('泰安市文旅局2024年央视报道了几条'))).toEqual([78]);
    expect(values(await app.ask('青禾市园林局2024年省电视台报道了多少条'))).toEqual([12]);
  });
});
