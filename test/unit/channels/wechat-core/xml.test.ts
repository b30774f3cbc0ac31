import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEncryptedReplyXml,
  buildTextReplyXml,
  cdata,
  parseFlatWeChatXml,
  parseGeneralWeChatXml,
  parseWeChatXml,
} from '../../../../src/channels/wechat-core/xml.js';
import { dedupeKey, toIncomingMessage } from '../../../../src/channels/wechat-oa/incoming.js';

describe('parseWeChatXml', () => {
  it('keeps every field a string, MsgId included, and joins split CDATA', () => {
    const fields = parseWeChatXml(
      '<xml><MsgId>6054768590064713728</MsgId><CreateTime>1409735668</CreateTime>' +
        '<Content><![CDATA[ a]]]]><![CDATA[>b ]]></Content><Escaped>&lt;&amp;</Escaped>' +
        '<ScanCodeInfo><ScanType>qrcode</ScanType></ScanCodeInfo></xml>',
    );
    expect(fields.MsgId).toBe('6054768590064713728');
    expect(fields.CreateTime).toBe('1409735668');
    expect(fields.Content).toBe(' a]]>b ');
    expect(fields.Escaped).toBe('<&');
    expect(fields.ScanCodeInfo).toBeUndefined();
  });

  it('refuses DTDs, repeated fields, other roots and broken XML', () => {
    for (const bad of [
      '<!DOCTYPE xml [<!ENTITY a "x">]><xml><A>&a;</A></xml>',
      '<xml><MsgType>text</MsgType><MsgType>event</MsgType></xml>',
      '<root><A>1</A></root>',
      '<xml><A>1</A></xml><xml><A>2</A></xml>',
      '<xml><A>1</xml>',
      '',
    ]) {
      expect(() => parseWeChatXml(bad), bad).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    }
  });
});

describe('the flat reader', () => {
  const pieces = [
    'a',
    '甲',
    ' ',
    '\n',
    '\r',
    '\t',
    '<',
    '>',
    '&',
    '&amp;',
    '&lt;',
    '&#65;',
    ']]>',
    ']]',
    '<![CDATA[',
    '"',
    "'",
    '/',
    '\u0001',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));
  const value = fc.oneof(
    text.map((content) => cdata(content)),
    text,
    text.map((content) => content.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
    fc.constant('<Nested>1</Nested>'),
  );
  const name = fc.constantFrom('ToUserName', 'FromUserName', 'Content', 'MsgId', 'A', 'a.b', '_x', 'xml', 'B-1');
  const space = fc.constantFrom('', ' ', '\n', '\r\n');
  const field = fc
    .tuple(space, name, fc.constantFrom('', ' a="1"', '/'), value)
    .map(([before, fieldName, attribute, content]) =>
      attribute === '/' ? `${before}<${fieldName}/>` : `${before}<${fieldName}${attribute}>${content}</${fieldName}>`,
    );
  const document = fc
    .tuple(space, fc.array(field, { maxLength: 6 }), fc.constantFrom('', ' ', '\n', 'x', '<xml></xml>'))
    .map(([before, fields, after]) => `${before}<xml>${fields.join('')}</xml>${after}`);
  const mangled = fc
    .tuple(document, fc.nat(), fc.nat(3), fc.constantFrom('', '<', '>', '/', ']]>', '<![CDATA[', '&', 'x'))
    .map(([xml, at, cut, insert]) => {
      const position = at % (xml.length + 1);
      return xml.slice(0, position) + insert + xml.slice(position + cut);
    });

  // What WeChat sends: distinct flat fields, CDATA or plain text, no entities.
  const plainText = fc.array(fc.constantFrom('a', '甲', ' ', '\n', '>', ']]>', '"', '/'), { maxLength: 8 }).map((parts) => parts.join(''));
  const clean = fc
    .uniqueArray(
      fc.tuple(
        name,
        fc.oneof(
          text.map((content) => cdata(content.replace(/\r/g, ''))),
          plainText,
        ),
      ),
      {
        maxLength: 6,
        selector: ([fieldName]) => fieldName,
      },
    )
    .map((fields) => `<xml>${fields.map(([fieldName, content]) => `<${fieldName}>${content}</${fieldName}>`).join('\n')}</xml>`);

  it('gives the fields the general parser gives, or leaves the document to it', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: clean, weight: 2 }, document, mangled), (xml) => {
        const flat = parseFlatWeChatXml(xml);
        if (flat === undefined) return;
        taken += 1;
        expect({ ...flat }).toEqual({ ...parseGeneralWeChatXml(xml) });
      }),
      { numRuns: 4000 },
    );
    // The property would hold vacuously if the flat reader declined everything.
    expect(taken).toBeGreaterThan(1000);
  });

  it('takes the shapes WeChat and WeCom send', () => {
    const text = buildTextReplyXml({ toUser: 'openid', fromUser: 'gh_1', createTime: 1700000000, content: '甲]]>乙\n丙' });
    expect(parseFlatWeChatXml(text)).toEqual(parseGeneralWeChatXml(text));
    const envelope = buildEncryptedReplyXml({ encrypt: 'QUJD+/==', signature: 'f'.repeat(40), timestamp: '1700000000', nonce: '42' });
    expect({ ...parseFlatWeChatXml(envelope) }).toEqual({
      Encrypt: 'QUJD+/==',
      MsgSignature: 'f'.repeat(40),
      TimeStamp: '1700000000',
      Nonce: '42',
    });
  });
});

describe('building replies', () => {
  it('splits ]]> across CDATA sections and drops characters XML forbids', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    expect(cdata('x\u0000y\u0007z')).toBe('<![CDATA[xyz]]>');
  });

  it('round-trips any content through build and parse', () => {
    const content = '甲]]>乙]]]]>丙<![CDATA[丁]]>\n  尾';
    const xml = buildTextReplyXml({ toUser: 'openid', fromUser: 'gh_1', createTime: 1700000000.9, content });
    const fields = parseWeChatXml(xml);
    expect(fields).toMatchObject({
      ToUserName: 'openid',
      FromUserName: 'gh_1',
      CreateTime: '1700000000',
      MsgType: 'text',
      Content: content,
    });
  });
});

describe('toIncomingMessage and dedupeKey', () => {
  const base = { ToUserName: 'gh_1', FromUserName: 'openid-1', CreateTime: '1700000000' };

  it('maps text, events and unsupported types', () => {
    expect(toIncomingMessage({ ...base, MsgType: 'text', Content: '你好', MsgId: '99' }, 0)).toEqual({
      channel: 'wechat-oa',
      user: 'openid-1',
      chat: 'openid-1',
      kind: 'text',
      text: '你好',
      id: '99',
      receivedAt: new Date(1_700_000_000_000),
    });
    expect(toIncomingMessage({ ...base, MsgType: 'event', Event: 'unsubscribe' }, 0)).toMatchObject({
      kind: 'event',
      event: 'unsubscribe',
    });
    expect(toIncomingMessage({ ...base, MsgType: 'event', Event: 'VIEW', EventKey: 'https://x' }, 0)).toMatchObject({
      event: 'other',
      eventKey: 'https://x',
    });
    for (const type of ['voice', 'video', 'shortvideo', 'location', 'link', 'file', 'miniprogrampage']) {
      expect(toIncomingMessage({ ...base, MsgType: type, MsgId: '1' }, 0)).toMatchObject({
        kind: 'unsupported',
        unsupportedType: type,
        text: '',
      });
    }
    // Voice with WeChat's speech recognition: the transcript is the question; without it, unsupported.
    expect(
      toIncomingMessage(
        { ...base, MsgType: 'voice', MsgId: '2', MediaId: 'm', Format: 'amr', Recognition: '西工区科技局行政许可多少件？' },
        0,
      ),
    ).toMatchObject({ kind: 'text', text: '西工区科技局行政许可多少件？' });
    expect(toIncomingMessage({ ...base, MsgType: 'voice', MsgId: '3', Recognition: '  ' }, 0)).toMatchObject({
      kind: 'unsupported',
      unsupportedType: 'voice',
    });
    expect(() => toIncomingMessage({ MsgType: 'text' }, 0)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it('keys messages by MsgId and events by sender and time', () => {
    expect(dedupeKey({ ...base, MsgType: 'text', MsgId: '42' })).toBe('message:42');
    expect(dedupeKey({ ...base, MsgType: 'event', Event: 'subscribe' })).toBe(dedupeKey({ ...base, MsgType: 'event', Event: 'subscribe' }));
    expect(dedupeKey({ ...base, MsgType: 'event', Event: 'subscribe' })).not.toBe(
      dedupeKey({ ...base, CreateTime: '1700000001', MsgType: 'event', Event: 'subscribe' }),
    );
  });
});
