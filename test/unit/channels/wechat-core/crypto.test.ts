import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../../src/core/errors.js';
import {
  createMessageCrypt,
  decodeEncodingAesKey,
  decryptMessage,
  encryptMessage,
  pkcs7Pad,
  pkcs7Unpad,
} from '../../../../src/channels/wechat-core/crypto.js';
import { checkRequestSignature, computeSignature, signaturesMatch } from '../../../../src/channels/wechat-core/signature.js';

/** The sample from Tencent's WXBizMsgCrypt SDK (token spamtest, appid wx2c2769f8efd9abc2). */
const SAMPLE = {
  token: 'spamtest',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx2c2769f8efd9abc2',
  timestamp: '1409735669',
  nonce: '1320562132',
  messageSignature: '5d197aaffba7e9b25a30732f161a50dee96bd5fa',
  encrypt:
    'hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=',
};

describe('WXBizMsgCrypt equivalence', () => {
  it('verifies and opens the official SDK sample', () => {
    const crypt = createMessageCrypt({ token: SAMPLE.token, encodingAesKey: SAMPLE.encodingAesKey, appId: SAMPLE.appId });
    expect(crypt.sign(SAMPLE.timestamp, SAMPLE.nonce, SAMPLE.encrypt)).toBe(SAMPLE.messageSignature);
    expect(crypt.verify(SAMPLE.messageSignature, SAMPLE.timestamp, SAMPLE.nonce, SAMPLE.encrypt)).toBe(true);
    const message = crypt.decrypt(SAMPLE.encrypt);
    expect(message).toContain('<Content><![CDATA[abcdteT]]></Content>');
    expect(message).toContain('<MsgId>6054768590064713728</MsgId>');
  });

  it('refuses an envelope sealed for another appId', () => {
    const crypt = createMessageCrypt({ token: SAMPLE.token, encodingAesKey: SAMPLE.encodingAesKey, appId: 'wxsomeoneelse00000' });
    expect(() => crypt.decrypt(SAMPLE.encrypt)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('round-trips with a fixed random prefix, padding to 32-byte blocks', () => {
    const key = decodeEncodingAesKey(SAMPLE.encodingAesKey);
    expect(key).toHaveLength(32);
    const message = '<xml><Content><![CDATA[中文 ]]]]><![CDATA[> 内容]]></Content></xml>';
    const sealed = encryptMessage(message, key, SAMPLE.appId, Buffer.alloc(16, 7));
    expect(Buffer.from(sealed, 'base64').length % 32).toBe(0);
    expect(encryptMessage(message, key, SAMPLE.appId, Buffer.alloc(16, 7))).toBe(sealed);
    expect(decryptMessage(sealed, key)).toEqual({ message, appId: SAMPLE.appId });
  });

  it('pads a full block with a whole extra block, and refuses bad padding', () => {
    expect(pkcs7Pad(Buffer.alloc(32))).toHaveLength(64);
    expect(pkcs7Pad(Buffer.alloc(31)).at(-1)).toBe(1);
    expect(() => pkcs7Unpad(Buffer.from([1, 2, 3, 0]))).toThrow(GongkaiError);
    expect(() => pkcs7Unpad(Buffer.from([1, 2, 3, 33]))).toThrow(GongkaiError);
    expect(() => pkcs7Unpad(Buffer.from([1, 3, 2, 2, 3]))).toThrow(GongkaiError);
    expect(pkcs7Unpad(Buffer.from([9, 9, 2, 2]))).toEqual(Buffer.from([9, 9]));
  });

  it('refuses garbage instead of throwing something else', () => {
    const key = decodeEncodingAesKey(SAMPLE.encodingAesKey);
    for (const garbage of ['', 'not base64!', 'AAAA', Buffer.alloc(32).toString('base64')]) {
      expect(() => decryptMessage(garbage, key)).toThrow(GongkaiError);
    }
    expect(() => decodeEncodingAesKey('short')).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });
});

describe('signatures', () => {
  it('is sha1 of the sorted, joined parts', () => {
    const expected = createHash('sha1').update(['1409735669', '1320562132', 'tok'].sort().join('')).digest('hex');
    expect(computeSignature(['tok', '1409735669', '1320562132'])).toBe(expected);
  });

  it('compares safely, whatever the input', () => {
    const good = computeSignature(['a', 'b', 'c']);
    expect(signaturesMatch(good, good.toUpperCase())).toBe(true);
    expect(signaturesMatch(good, good.slice(1))).toBe(false);
    expect(signaturesMatch(good, null)).toBe(false);
    expect(signaturesMatch(good, '中'.repeat(40))).toBe(false);
  });

  it('classifies missing, forged and stale requests', () => {
    const now = 1_700_000_000_000;
    const timestamp = '1700000000';
    const signature = computeSignature(['token', timestamp, '42']);
    expect(checkRequestSignature({ signature, timestamp, nonce: '42' }, 'token', now, 300)).toBeUndefined();
    expect(checkRequestSignature({ timestamp, nonce: '42' }, 'token', now, 300)).toBe('missing');
    expect(checkRequestSignature({ signature, timestamp, nonce: '43' }, 'token', now, 300)).toBe('mismatch');
    expect(checkRequestSignature({ signature, timestamp, nonce: '42' }, 'token', now + 301_000, 300)).toBe('stale');
    expect(checkRequestSignature({ signature, timestamp, nonce: '42' }, 'token', now - 301_000, 300)).toBe('stale');
  });
});
