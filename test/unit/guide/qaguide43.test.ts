/**
 * qaguide43: made-up guides for what guides-57 and a pasted guide taught the parser. First: a guide pasted whole, its
 * sentences glued with no stop between them (也可采用电子邮件、信函、传真 repeated to 30,000 characters), took ~3 s on
 * this machine (~17 s under load) in the search for the words refusing applications by telephone and by e-mail, whose
 * pattern began with a run of any characters but a stop and so was tried from every position of the run.
 */
import { describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';

describe('qaguide43: a guide pasted whole is read in linear time', () => {
  const head = `西坪县林业局政府信息公开指南
一、依申请公开
(一)受理机构
西坪县林业局办公室
联系电话:0937-5550123
(二)申请方式
`;
  const refusing =
    '申请人可以通过当面、信函方式提出申请,本局不直接受理通过电话方式提出的申请,但申请人可以通过电话咨询。本局不受理以电子邮件方式提出的申请。\n';
  const glued = '也可采用电子邮件、信函、传真';

  it('reads a 30,000-character guide of glued sentences in under 2 s, the notes on refused ways still read', () => {
    let body = '';
    while (body.length < 30_000) body += glued;
    const started = performance.now();
    const guide = parseAgencyGuide(`${head}${body}\n${refusing}`);
    const took = performance.now() - started;
    console.log(`qaguide43: 30,000 glued characters parsed in ${Math.round(took)} ms`);
    expect(took).toBeLessThan(2000);
    expect(guide.agency).toBe('西坪县林业局');
    expect(guide.fields.phone).toBe('0937-5550123');
    const notes = guide.fields.channel_notes ?? [];
    expect(notes.find((note) => note.startsWith('电话：'))).toContain('本局不直接受理通过电话方式提出的申请');
    expect(notes.find((note) => note.startsWith('电子邮件：'))).toContain('本局不受理以电子邮件方式提出的申请');
  });

  it('widens the refusing words back to the start of their clause', () => {
    const guide = parseAgencyGuide(head + refusing.replace('本局不直接受理', '为保证申请质量本局不直接受理'));
    const phone = (guide.fields.channel_notes ?? []).find((note) => note.startsWith('电话：'));
    expect(phone).toContain('为保证申请质量本局不直接受理通过电话方式提出的申请');
  });
});
