/**
 * gaps96's classes (gap lines of the question files closed), each with a made-up example that fails without its fix. The
 * figures are made up; the places are real ones, not the fixtures'.
 * 1. X占多少 after a part of a list (其中…处罚强制信息6条,…应急管理信息157条) asked after the total (主动公开信息289条, its own
 *    sentence): X is another item of that list, its share of the total worked out (was: refused, the report prints no share).
 * 2. 行政执法类的 after a figure: the part named with 的 asked of it, as 行政执法类的呢 is (was: 行 at its start read as 行的,
 *    agreement, so the message went off-topic).
 * 3. 占制发文件的比例是多少 after a count whose sentence prints its share of that whole (占同期制发文件总数的37.5%): that share
 *    (was: 没有理解, the whole named between 占 and 的比例).
 * 4. 簇桥占百分之几 right after two agencies compared (one counting its applications in 条, the other in 件): the share of the
 *    one whose name holds the words, over the two's sum (was: off-topic, the words no name the index reads).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps96: gap classes closed (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      [
        'lq-2024.txt',
        cutPage(
          '临朐县应急管理局',
          2024,
          '(一)主动公开情况。2024年主动公开信息120条。其中政府信息公开指南1条,政策文件4条,政府信息公开年报1条,机构设置及职能信息1条,' +
            '预决算信息3条,处罚强制信息12条,行政许可信息8条,监督检查信息6条,应急管理信息60条,公共服务信息2条,部门动态22条。',
        ),
      ],
      // (Other 应急管理局 stored: 应急管理信息 alone might name any of them.)
      ['cl-2024.txt', cutPage('昌乐县应急管理局', 2024, '(一)主动公开情况。2024年主动公开信息75条。')],
      ['sg-2024.txt', cutPage('寿光市应急管理局', 2024, '(一)主动公开情况。2024年主动公开信息64条。')],
      [
        'wc-2019.txt',
        cutPage(
          '文昌市东郊镇人民政府',
          2019,
          '2019年,我镇共制发公文类政府信息50条,通过文昌市政府网信息公开目录主动公开20条,占同期制发文件总数的40%,全文电子化率达到100%。',
        ),
      ],
      ['cq-2024.txt', cutPage('武侯区簇桥街道办事处', 2024, '2024年收到政府信息公开申请6条,其中5条已按时答复。')],
      ['hp-2024.txt', cutPage('武侯区红牌楼街道办事处', 2024, '2024年,我街共接收政府信息公开申请2件,均按时答复。')],
      [
        'at-2025.txt',
        cutPage('阿图什市审计局', 2025, '2025年度共公开政务信息52条,其中文件类7条,督察和审计类5条,行政执法类33条,政务公开7条。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('works out the share of another item of the last part’s list in the total asked before', async () => {
    const [total, , , share] = await converse(app, 'sibling', [
      '临朐县应急管理局2024年主动公开信息多少条',
      '行政许可的',
      '处罚强制呢',
      '应急管理信息 占多少',
    ]);
    expect(total.facts.map((fact) => fact.value)).toEqual([120]);
    expect(share.kind).toBe('figure');
    expect(share.facts.map((fact) => fact.value)).toEqual([60, 120]);
    expect(share.answer).toContain('50%');
  });

  it('asks a kind of information named with 的 and starting with 行 of the last figure', async () => {
    const [total, part] = await converse(app, 'bare', ['阿图什市审计局主动公开了多少', '行政执法类的']);
    expect(total.facts.map((fact) => fact.value)).toContain(52);
    expect(part.kind).toBe('figure');
    expect(part.facts.map((fact) => fact.value)).toEqual([33]);
  });

  it('answers a share asked with its whole named by the share the last figure’s sentence prints of that whole', async () => {
    const [, count, share] = await converse(app, 'whole-named', [
      '文昌市东郊镇2019年制发了多少条公文',
      '主动公开了几条',
      '占制发文件的比例是多少',
    ]);
    expect(count.facts.map((fact) => fact.value)).toEqual([20]);
    expect(share.kind).toBe('figure');
    expect(share.facts.map((fact) => `${fact.value}${fact.unit}`)).toEqual(['40%']);
  });

  it('works out the share of one of two agencies just compared, named by a short name', async () => {
    const [compared, share] = await converse(app, 'side', ['簇桥街道和红牌楼街道2024年收到政府信息公开申请哪个多', '簇桥占百分之几']);
    expect(compared.facts.map((fact) => fact.value).sort()).toEqual([2, 6]);
    expect(share.kind).toBe('figure');
    expect(share.answer).toContain('75%');
    expect(share.answer).toContain('6条');
  });
});
