/**
 * qachat54's classes (citizens' own phrasing and conversations after a miss over every folder, citizen-questions-90), each with
 * a made-up example that fails without its fix.
 * 1. 这个数哪来的 / 哪份报告说的: the source of the figure just answered is asked (was: the polite menu).
 * 2. weibo呢 / douyin发了多少: a channel typed in pinyin or English is the channel (was: refused).
 * 3. 有好多件嘞: 好多 before a measure word at the end of a question asks the count (was: refused after a story in front).
 * 4. 它不予公开的有多少: a pronoun for the agency before a bare count of withheld applications (was: the guide's scope of
 *    what is withheld).
 * 5. 25年的是多少: a year alone asked with 是多少 (was: not understood).
 * 6. 发了十几份吧 具体多少: a rough guess before asking the exact count (was: two questions, both not understood).
 * 7. 好的 回到X …: an acknowledgement before the next question (was: the agency not found).
 * 8. 有没有人申请行政复议 answered yes from a sentence that counts 复议 and 诉讼: the count of the kind asked is the figure
 *    (was: a text answer with no figure).
 * 10. A story told before 请问 and a question naming its agency: the story's words (罚款, 执法) are no topic (was: the
 *     agency's 行政处罚 refused as not printed).
 * 9. 三十五件以下的有哪个: a count in Chinese numerals before a bound (以上, 以下, 以内) is that number (was: the polite menu).
 */
import { normalizeQuestion } from '../../../src/qa/understand.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat54: Chinese numerals before a bound', () => {
  it('reads the count as digits', () => {
    expect(normalizeQuestion('二十五条以上的有哪几个')).toBe('25条以上的有哪几个');
    expect(normalizeQuestion('收到申请一百件以内的')).toBe('收到申请100件以内的');
    // (十四五 before no measure word and bound stays a word.)
    expect(normalizeQuestion('十四五规划公开了吗')).toBe('十四五规划公开了吗');
  });
});

describe('qachat54: citizens’ phrasing (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qinghe-2025.txt',
        cutPage(
          '青禾县人民政府办公室',
          2025,
          '全年收到政府信息公开申请46件,已办结44件,2件结转下年度办理,因依申请公开引发的行政复议案件7件、行政诉讼案件2件。',
          '全年发布政策解读17份,常务会议信息12期。',
          '“青禾发布”微信和微博分别发布信息620条、1350条,“青禾发布”抖音发布视频88条。',
        ),
      ],
      ['qinghe-2024.txt', cutPage('青禾县人民政府办公室', 2024, '全年收到政府信息公开申请30件,已办结30件。')],
      ['huangtang-2024.txt', cutPage('江城市黄塘区人民政府', 2024, '2024年,全区共受理依申请公开案件28件,办结27件。')],
      ['huangtang-2025.txt', cutPage('江城市黄塘区人民政府', 2025, '2025年,全区共受理依申请公开案件41件,已全部按期办结。')],
      ['baichuan.txt', cutPage('白川市', 2025, '通过市政府门户网站全年公开发布信息8120条,全年发布常务会议信息15期、各类政策解读39条。')],
      [
        'lanhe-city.txt',
        cutPage(
          '兰河市人民政府',
          2024,
          '2024年,全市共受理政府信息公开申请310件,结转上年6件,按时办结312件,结转下年继续办理4件。',
          '其中予以公开及部分公开170件,占54.8%;不予公开27件,占8.7%;',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('names the report a figure just answered comes from', async () => {
    for (const ask of ['这个数哪来的', '哪份报告说的', '这个数字是从哪查的']) {
      const answers = await converse(app, `source-${ask}`, ['青禾县政府办2025年收到多少政府信息公开申请', ask]);
      expect(answers[1].kind).toBe('figure');
      expect(answers[1].answer).toContain('《青禾县人民政府办公室2025年政府信息公开工作年度报告》');
    }
  });

  it('reads a channel typed in pinyin or English', async () => {
    const answers = await converse(app, 'pinyin', ['青禾县政府办2025年微信发了多少条', 'weibo呢']);
    expect(answers[1].facts.map((fact) => fact.value)).toContain(1350);
    const [douyin] = await converse(app, 'douyin', ['青禾县政府办2025年douyin发了多少条']);
    expect(douyin.facts.map((fact) => fact.value)).toContain(88);
  });

  it('reads 好多 before a measure word at the end as the count asked', async () => {
    const [answer] = await converse(app, 'haoduo', ['我舅舅想查镇上拆迁补偿的文件 想问下青禾县政府办2025年收到的信息公开申请有好多件嘞']);
    expect(answer.facts.map((fact) => fact.value)).toContain(46);
  });

  it('reads a pronoun before a bare count of withheld applications as the agency just answered', async () => {
    const answers = await converse(app, 'withheld', ['兰河市2024年全市受理政府信息公开申请多少件', '它不予公开的有多少']);
    expect(answers[1].kind).toBe('figure');
    expect(answers[1].facts.map((fact) => fact.value)).toContain(27);
  });

  // (A city's short name before its district's, 江城黄塘区, as citizens write it: 25年的呢 was answered, 25年的是多少 refused.)
  it('reads 25年的是多少 as a year alone', async () => {
    const answers = await converse(app, 'year', ['江城黄塘区24年和25年比 受理的依申请公开多了多少', '25年的是多少']);
    expect(answers[1].facts.map((fact) => fact.value)).toContain(41);
  });

  it('asks the exact count after a rough guess', async () => {
    const answers = await converse(app, 'guess', ['青禾县政府办2025年收到多少政府信息公开申请', '政策解读发了十几份吧 具体多少']);
    expect(answers[1].facts.map((fact) => fact.value)).toContain(17);
  });

  it('drops an acknowledgement before the next question', async () => {
    const answers = await converse(app, 'ack', [
      '白川市2025年政府门户网站发了多少条信息',
      '换个问题 申请信息公开要带什么材料',
      '好的 回到白川市 政策解读发了多少条',
    ]);
    expect(answers[2].facts.map((fact) => fact.value)).toContain(39);
  });

  it('asks the question after a story, not the story’s words', async () => {
    const [answer] = await converse(app, 'story', [
      '我开了个小饭馆 之前对罚款有意见想要执法的材料 邻居说可以先查年报 请问青禾县政府办2025年收到多少信息公开申请',
    ]);
    expect(answer.facts.map((fact) => fact.value)).toContain(46);
  });

  it('states the count of the appeal asked when a sentence says yes', async () => {
    const [review] = await converse(app, 'review', ['青禾县政府办2025年有没有人申请行政复议']);
    expect(review.answer.startsWith('有')).toBe(true);
    expect(review.facts.map((fact) => fact.value)).toEqual([7]);
    const [suit] = await converse(app, 'suit', ['青禾县政府办2025年有没有被起诉过']);
    expect(suit.facts.map((fact) => fact.value)).toEqual([2]);
  });
});
