/**
 * wrongfig48's classes (real-questions-wrongfig48's wrong figures and refusals), on a made-up page: 被纠正的呢 after 行政复议几件
 * (plainWords writes it 行政复议和行政诉讼被纠正的呢) is the 结果纠正 of both, never the reviews' bare total beside the lawsuits'
 * 纠正; 今年新发的呢 / 那新制发的呢 after a count of table 二 is its 本年制发 column, not refused; an account named after a site
 * (白沙政府网公众号, “白沙政府网”微信) is that account's count, never the website's of the same sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const PAGE = `# 青禾县人民政府 2025 年 政府信息公开工作年度报告

本报告所列数据统计期限从2025年1月1日至2025年12月31日止。

## 一、总体情况

2025年,县政府门户网站发布各类信息820条,“青禾政府网”微信公众号推送各类信息260条。

## 二、主动公开政府信息情况

### 第二十条第（一）项
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 9 | 4 | 57 |

## 四、政府信息公开行政复议、行政诉讼情况

### 行政复议
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
|----------|----------|----------|----------|------|
| 5 | 3 | 1 | 2 | 11 |

### 行政诉讼（未经复议直接起诉）
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
|----------|----------|----------|----------|------|
| 2 | 0 | 0 | 1 | 3 |

### 行政诉讼（复议后起诉）
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
|----------|----------|----------|----------|------|
| 1 | 0 | 0 | 0 | 1 |

## 五、政府信息公开工作存在的主要问题及改进情况

一是政策解读形式仍需丰富。
`;

const ACCOUNT_PAGE = `# 白沙区人民政府办公室2024年政府信息公开工作年度报告

一、总体情况
2024年,白沙区人民政府办公室持续深化政务公开工作。
(一)主动公开情况。
统筹用好白沙区政府门户网站、“白沙政府网”微信公众号等平台,及时传递权威信息。2024年,区政府门户网站发布各类信息3.26万条,“白沙政府网”微信公众号推送各类信息430条。加大解读力度,发布政策解读12份。
(二)依申请公开情况。
2024年共办理政府信息公开申请40件。
(三)政府信息管理情况。
健全信息发布保密审查机制,确保
`;

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig48 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe.md', PAGE],
      ['baisha.md', ACCOUNT_PAGE],
    ]);
  });
  afterAll(() => app.dispose());

  it('被纠正的呢 after 行政复议几件 is the reviews’ 结果纠正 (3), not their total 11', async () => {
    const [total, corrected] = await converse(app, 'w48-review', ['青禾县2025年行政复议几件', '被纠正的呢']);
    expect(values(total)).toEqual([11]);
    expect(values(corrected)).toContain(3);
    expect(values(corrected)).not.toContain(11);
    expect(corrected.answer).toContain('行政复议（结果纠正）为3件');
  });

  it('今年新发的呢 / 那新制发的呢 after 现行有效 is the 本年制发 9', async () => {
    const [current, issued] = await converse(app, 'w48-issued', ['青禾县25年规范性文件现行有效几件', '今年新发的呢']);
    expect(values(current)).toEqual([57]);
    expect(values(issued)).toEqual([9]);
    const [, again] = await converse(app, 'w48-issued-2', ['青禾县2025年规范性文件现行有效的有多少', '那新制发的呢']);
    expect(values(again)).toEqual([9]);
  });

  it('白沙政府网公众号 is the account’s 430 of the sentence, not the website’s 3.26万 before it', async () => {
    const [handled, account] = await converse(app, 'w48-account', ['白沙区政府办公室2024年申请办理了多少件', '白沙政府网公众号推了多少条']);
    expect(values(handled)).toEqual([40]);
    expect(values(account)).toEqual([430]);
    const [named] = await converse(app, 'w48-account-2', ['白沙区政府办公室2024年“白沙政府网”微信推送了几条']);
    expect(values(named)).toEqual([430]);
  });
});
