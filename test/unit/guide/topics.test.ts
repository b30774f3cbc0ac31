import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { defaultGuidePath, loadGuide, looksLikeFigureQuestion, MAX_ANSWER_LENGTH, normalizeQuestion } from '../../../src/guide/topics.js';
import { projectRoot } from '../../../src/config/paths.js';

const guide = loadGuide();

/** Citizen phrasings and the topic each must reach; colloquial, full-width and spaced on purpose. */
const PARAPHRASES: Array<[question: string, topicId: string]> = [
  ['怎么申请政府信息公开？', 'how-to-apply'],
  ['去哪申请信息公开啊', 'how-to-apply'],
  ['我想要一份文件，应该向谁申请', 'how-to-apply'],
  ['可以网上申请吗', 'how-to-apply'],
  ['网上可以提交申请不', 'how-to-apply'],
  ['能不能寄信申请', 'how-to-apply'],
  ['我不会写字，可以口头申请吗', 'how-to-apply'],
  ['申请要带什么', 'application-content'],
  ['申请书写什么', 'application-content'],
  ['申请表怎么填？', 'application-content'],
  ['让我补正是什么意思', 'correction'],
  ['补正期限是几天', 'correction'],
  ['补正要多久', 'correction'],
  ['多久答复', 'reply-time-limit'],
  ['多长时间能给我答复', 'reply-time-limit'],
  ['申请 信息 公开，要 多 久？', 'reply-time-limit'],
  ['答复期限是多少天', 'reply-time-limit'],
  ['可以延期答复吗', 'reply-time-limit'],
  ['申请后２０个工作日内答复吗？', 'reply-time-limit'],
  ['什么时候算收到申请', 'receipt-date'],
  ['答复期限从哪天开始算', 'receipt-date'],
  ['要征求第三方意见吗', 'third-party-views'],
  ['我一次申请太多了会不会不处理', 'unreasonable-volume'],
  ['会怎么答复我', 'reply-forms'],
  ['他们说信息不存在是什么意思', 'reply-forms'],
  ['申请信息公开要钱吗？', 'fees'],
  ['申请信息公开收不收费?', 'fees'],
  ['ｗｏ　想问：　要　交　钱　吗', 'fees'],
  ['ＰＤＦ复印要花多少钱', 'fees'],
  ['收费标准是什么', 'fees'],
  ['不服答复怎么办', 'remedies'],
  ['我要告他们', 'remedies'],
  ['不给我答复怎么办', 'remedies'],
  ['他们一直没给我们回复咋整', 'remedies'],
  ['怎么申请行政复议', 'remedies'],
  ['怎么申请复议', 'remedies'],
  // 向X申请 / 能不能向X申请 with the agency between (citizen-questions-19); 可以申请复议吗 stays the remedies.
  ['怎么向镇政府申请信息公开', 'how-to-apply'],
  ['村里的事能不能向乡政府申请公开', 'how-to-apply'],
  ['可以向卫健委申请公开文件吗', 'how-to-apply'],
  ['可以申请复议吗', 'remedies'],
  // Where to ask as the counter or the web (citizen-questions-18).
  ['想问问科技局要点资料 是去窗口还是网上弄', 'how-to-apply'],
  ['找教育局要个文件 网上能弄还是得跑窗口', 'how-to-apply'],
  ['能起诉吗', 'remedies'],
  ['超期了还没答复，去哪里投诉', 'remedies'],
  ['哪些信息要主动公开', 'proactive-scope'],
  ['主动公开多久', 'proactive-timing'],
  ['文件出台后多久公开', 'proactive-timing'],
  ['公开指南里有什么', 'disclosure-guide'],
  ['你们办公时间是几点', 'disclosure-guide'],
  ['年报什么时候公布', 'annual-report-deadline'],
  ['年度报告最晚几号发布？', 'annual-report-deadline'],
  ['年报包括哪些内容', 'annual-report-content'],
  ['为什么不予公开', 'exemptions'],
  ['涉及国家秘密的能公开吗', 'exemptions'],
  // citizen-questions-13: no reply by the deadline, what may be withheld, posting an application, the day a letter counts as received.
  ['到期了还不回我怎么办', 'remedies'],
  ['都一个月了他们还不回，咋整', 'remedies'],
  ['什么情况下他们可以不给我公开', 'exemptions'],
  ['哪些情况下能不公开', 'exemptions'],
  ['可以寄过去吗', 'how-to-apply'],
  ['申请表能邮过去吗', 'how-to-apply'],
  ['信寄过去哪天算他们收到', 'receipt-date'],
  ['快递寄过去什么时候算他们收到的', 'receipt-date'],
  // citizen-questions-14: submitting online or in person said with 交.
  ['申请能网上交吗', 'how-to-apply'],
  ['可以当面去交吗', 'how-to-apply'],
  ['材料能现场交吗', 'how-to-apply'],
];

/** Questions about report figures or unrelated chat: the guide must stay out. */
const NOT_GUIDE_QUESTIONS = [
  '西工区科技局2024年行政许可多少件',
  '海原县科技局2024年收到多少件信息公开申请',
  '中卫市科技局2025年行政处罚多少起',
  '去年行政事业性收费多少项',
  '沙坡头区科技局被申请行政复议几件',
  '红寺堡区科技局2023年年报公布的规范性文件有几件',
  '今天天气怎么样',
  '你好',
  '',
  '？？？',
];

describe('loadGuide', () => {
  it('resolves the data file from the project root', () => {
    expect(projectRoot()).toBe(join(__dirname, '..', '..', '..'));
    expect(defaultGuidePath()).toBe(join(projectRoot(), 'data', 'guide', 'topics.json'));
  });

  it('loads once per path and reuses the result', () => {
    expect(loadGuide()).toBe(guide);
  });

  it('covers every required subject, each answer short and with a source', () => {
    const ids = guide.topics.map((topic) => topic.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'how-to-apply',
        'application-content',
        'correction',
        'receipt-date',
        'third-party-views',
        'reply-time-limit',
        'unreasonable-volume',
        'reply-forms',
        'fees',
        'remedies',
        'proactive-scope',
        'proactive-timing',
        'disclosure-guide',
        'annual-report-deadline',
        'annual-report-content',
      ]),
    );
    for (const topic of guide.topics) {
      expect([...topic.answer].length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
      expect(topic.source).toMatch(/^《/);
    }
  });

  it('keeps the facts the brief pins down', () => {
    expect(guide.topic('reply-time-limit')?.answer).toContain('20个工作日');
    expect(guide.topic('reply-time-limit')?.source).toContain('第三十三条');
    expect(guide.topic('annual-report-deadline')?.answer).toContain('1月31日');
    expect(guide.topic('annual-report-deadline')?.answer).toContain('3月31日');
    expect(guide.topic('correction')?.answer).toContain('7个工作日');
    expect(guide.topic('third-party-views')?.answer).toContain('15个工作日');
    expect(guide.topic('how-to-apply')?.answer).toContain('政府信息公开申请');
    expect(guide.topic('fees')?.answer).toMatch(/10件以下.*免费/);
  });

  it('rejects an invalid data file, listing the problems', () => {
    const directory = mkdtempSync(join(tmpdir(), 'guide-'));
    const path = join(directory, 'topics.json');
    const topic = { id: 'x', title: '标题', keywords: ['甲乙', '丙丁', '甲乙'], answer: 'a'.repeat(401), source: '无书名号' };
    writeFileSync(path, JSON.stringify({ version: 1, topics: [topic] }));
    let caught: unknown;
    try {
      loadGuide(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GongkaiError);
    expect((caught as GongkaiError).code).toBe('CONFIG');
    expect((caught as GongkaiError).message).toMatch(/answer/);
    expect((caught as GongkaiError).message).toMatch(/source/);
    expect((caught as GongkaiError).message).toMatch(/duplicate keyword/);
  });

  it('rejects a file that is not JSON', () => {
    const directory = mkdtempSync(join(tmpdir(), 'guide-'));
    const path = join(directory, 'topics.json');
    writeFileSync(path, '{ not json');
    expect(() => loadGuide(path)).toThrow(GongkaiError);
  });
});

describe('normalizeQuestion', () => {
  it('folds full-width characters and drops spaces and punctuation', () => {
    expect(normalizeQuestion('Ｗｈａｔ？　２０ 个工作日！')).toBe('what20个工作日');
  });
});

describe('Guide.match', () => {
  it.each(PARAPHRASES)('%s → %s', (question, topicId) => {
    const match = guide.match(question);
    expect(
      match?.topic.id,
      JSON.stringify(
        guide
          .rank(question)
          .slice(0, 3)
          .map((m) => [m.topic.id, m.score, m.matchedKeywords]),
      ),
    ).toBe(topicId);
    expect(match!.score).toBeGreaterThanOrEqual(2);
  });

  it('has at least 25 distinct phrasings', () => {
    expect(new Set(PARAPHRASES.map(([question]) => question)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(NOT_GUIDE_QUESTIONS)('does not answer %j', (question) => {
    expect(guide.match(question)).toBeNull();
  });

  it('reads 告诉 as telling, not suing (能告诉我吗 is no remedy asked; 能告诉我怎么告他们吗 still is)', () => {
    expect(guide.match('能告诉我吗')?.topic.id).not.toBe('remedies');
    expect(guide.match('可以告诉我一下吗')?.topic.id).not.toBe('remedies');
    expect(guide.match('能告诉我怎么告他们吗')?.topic.id).toBe('remedies');
  });

  it('flags figure questions but not fee or guide questions', () => {
    expect(looksLikeFigureQuestion('西工区科技局2024年行政许可多少件')).toBe(true);
    expect(looksLikeFigureQuestion('一个月申请多少件开始收费')).toBe(false);
    expect(looksLikeFigureQuestion('年报什么时候公布')).toBe(false);
  });

  it('exposes the score so a router can compare handlers', () => {
    const strong = guide.match('信息公开申请多久答复，可以延期吗？')!;
    const weak = guide.match('期限')!;
    expect(strong.topic.id).toBe('reply-time-limit');
    expect(strong.score).toBeGreaterThan(weak.score);
    expect(guide.match('期限', { minimumScore: 10 })).toBeNull();
  });

  it('ranks every matching topic, best first', () => {
    const ranked = guide.rank('怎么申请行政复议');
    expect(ranked[0].topic.id).toBe('remedies');
    expect(ranked.map((entry) => entry.topic.id)).toContain('how-to-apply');
    for (let index = 1; index < ranked.length; index += 1) expect(ranked[index - 1].score).toBeGreaterThanOrEqual(ranked[index].score);
  });
});
