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

describe('qaguide43: read', () => {
  it('reads an e-mail way said as the mailbox it is sent to (通过互联网电子邮箱提出申请)', () => {
    const guide = parseAgencyGuide(`东林海关政府信息公开指南
一、政府信息公开工作机构情况
本关政府信息公开工作机构为东林海关办公室,办公地址:北岸市东林路8号,联系电话:0760-5550188
二、政府信息公开申请渠道
(一)当面提交。申请人可以直接到本关政府信息公开申请专区填写《申请表》提出申请。
(二)通过互联网电子邮箱提出申请。申请人填写《申请表》电子版,发送至本关邮箱。
`);
    expect(guide.fields.channels).toContain('电子邮件');
    expect(guide.fields.channels).toContain('当面提交');
  });

  it('drops an item number printed with no stop before a reading place, never a floor', () => {
    const text = (place: string) => `河口县人民政府办公室信息公开指南
一、主动公开
(二)公开渠道。
1.河口县人民政府门户网站;
2.政务新媒体
${place}政务公开栏。
4.报刊、电视等。
二、依申请公开
(一)受理机构
受理机构为河口县人民政府办公室;地址:河口县人民路1号;联系电话:0871-5550100。
`;
    expect(parseAgencyGuide(text('3县政务服务中心')).fields.reading_places).toEqual(['县政务服务中心政务公开栏']);
    expect(parseAgencyGuide(text('3楼大厅')).fields.reading_places?.[0]).toMatch(/^3楼大厅/);
  });

  it('reads no scope and no ways of publishing from the description of a catalogue’s columns under a heading naming its layout', () => {
    const guide = parseAgencyGuide(`北城区东关街道办事处信息公开指南
一、东关街道办事处政府信息分类
东关街道办事处政府信息分为三类:一是主动公开的信息。二是依申请获取相关信息。三是不予公开的信息。
二、东关街道办事处政府公开信息编排体系
(一)政府公开信息使用文档方式编排、记录和存储各类信息。
(二)编排体系描述
1、公开内容:简要描述公开信息的内容。
2、公开形式:公开形式是指街道公开信息的种类,分为主动公开、依申请公开和不予公开三类。
3、公开时限。公开时限指信息公开的期限。
`);
    expect(guide.agency).toBe('北城区东关街道办事处');
    expect(guide.fields.proactive_scope).toBeUndefined();
    expect(guide.fields.proactive_channels).toBeUndefined();
  });

  it('gives an untitled guide to the government whose portal it publishes through, unquoted, its applications sent to that level’s office', () => {
    const guide = parseAgencyGuide(`为更好地向公民、法人或其他组织提供政府信息,根据《中华人民共和国政府信息公开条例》规定,制定本指南。
一、主动公开政府信息
(一)公开范围。本机关向社会公开的政府信息详见本单位编制的《信息公开目录》。
(二)公开方式。依法公开的政府信息,原则上主要通过青原县政府门户网站进行公开。
公开渠道:1、邮政寄送。申请人可将申请书邮寄至县政府办公室(地址:青原县人民路1号,邮编:150300)。
2、当面申请。申请人可向县政府办公室当面提交申请书。
`);
    expect(guide.agency).toBe('青原县人民政府');
    expect(guide.fields.post_code).toBe('150300');
  });

  it('reads an address printed as a letter’s addressee without its 收, never a word ending in 收', () => {
    const guide = (address: string) =>
      parseAgencyGuide(`南岭县科学技术局政府信息公开指南
二、依申请公开
(一)受理机构
受理机构:南岭县科学技术局办公室
办公地址:${address}
联系电话:0731-5550111
`).fields.address;
    expect(guide('南岭县人民路1号科技大楼302室收')).toBe('南岭县人民路1号科技大楼302室');
    expect(guide('南岭县人民路1号税收')).toBe('南岭县人民路1号税收');
  });
});
