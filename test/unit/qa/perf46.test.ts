/**
 * perf46: readings every question made again, kept (per text, or per data version), with the same result as reading afresh.
 * Made-up agencies and questions throughout.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/qa/retrieve.js';
import { openDatabase } from '../../../src/store/db.js';
import { GuideStore } from '../../../src/store/guide-store.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { makeTestApp } from '../../helpers.js';

describe('contentWords kept per text', () => {
  it('gives each text its own words when texts alternate, and a copy the caller may change', () => {
    const texts = ['郏县民政局2024年收到几件申请', '宝丰县发了多少条微博', '郏县民政局2024年收到几件申请'];
    const first = texts.map((text) => contentWords(text));
    expect(first[0]).toEqual(first[2]);
    expect(first[0]).not.toEqual(first[1]);
    first[0].push('改动');
    expect(contentWords(texts[0])).toEqual(first[2]);
    expect(contentWords(texts[0])).not.toContain('改动');
  });
});

describe('GuideStore.forAgency kept per data version', () => {
  const db = openDatabase(':memory:');
  const reports = new ReportStore(db);
  const guides = new GuideStore(db, reports);
  afterAll(() => db.close());
  const guideOf = (agency: string, phone: string) => ({ agency, title: `${agency}政府信息公开指南`, fields: { phone } });

  it('sees a guide saved after it answered none', () => {
    const agency = reports.ensureAgency('郏县民政局');
    expect(guides.forAgency(agency)).toBeUndefined();
    guides.save(guideOf('郏县民政局', '0375-5111111'));
    expect(guides.forAgency(agency)?.fields.phone).toBe('0375-5111111');
    // Each caller gets its own guide.
    expect(guides.forAgency(agency)).not.toBe(guides.forAgency(agency));
    expect(guides.forAgency(agency)).toEqual(guides.forAgency(agency));
  });

  it('forgets a guide saved in a transaction rolled back', () => {
    const agency = reports.ensureAgency('郏县财政局');
    expect(guides.forAgency(agency)).toBeUndefined();
    expect(() =>
      reports.transaction('a draft', () => {
        guides.save(guideOf('郏县财政局', '0375-5222222'));
        expect(guides.forAgency(agency)?.fields.phone).toBe('0375-5222222');
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(guides.forAgency(agency)).toBeUndefined();
  });
});

describe('rewritten agency names kept per text', () => {
  const app = makeTestApp();
  afterAll(() => app.dispose());

  it('reads a brand as its one company until another company of the brand is stored', () => {
    app.reports.ensureAgency('平顶山市鹰城建设投资集团有限公司');
    const question = '鹰城集团的电话是多少？';
    const before = app.engine.ask(question).answer;
    expect(before).toContain('平顶山市鹰城建设投资集团有限公司');
    expect(app.engine.ask(question).answer).toBe(before);
    app.reports.ensureAgency('平顶山鹰城集团物流有限公司');
    expect(app.engine.ask(question).answer).not.toContain('平顶山市鹰城建设投资集团有限公司');
  });
});
