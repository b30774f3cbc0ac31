/** The eval's judge: text found only inside an example the answer suggests is no pass (it states nothing). */
import { describe, expect, it } from 'vitest';
import { judge } from '../../../src/cli/qa-commands.js';

describe('judge', () => {
  const offTopic = {
    kind: 'clarify' as const,
    answer:
      '抱歉，这个问题我回答不了。\n我可以回答：年度报告里的数字和内容（例如“西工区科学技术局2024年办理了几件行政许可”），以及怎么申请。',
    facts: [],
  };

  it('text only inside （例如“…”） does not pass', () => {
    expect(judge(offTopic, { text: ['西工区'] })).toEqual(['answer lacks “西工区”']);
  });

  it('text stated outside an example passes', () => {
    expect(judge(offTopic, { text: ['回答不了'] })).toEqual([]);
    expect(judge({ kind: 'figure', answer: '西工区科学技术局2024年行政许可6件。', facts: [] }, { text: ['西工区'] })).toEqual([]);
  });
});
