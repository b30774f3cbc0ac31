/**
 * WeChat message encryption (the WXBizMsgCrypt scheme of 安全模式 and 兼容模式), on node:crypto.
 *
 * AES-256-CBC, key = base64(EncodingAESKey + '='), IV = the key's first 16 bytes,
 * PKCS#7 padding to 32-byte blocks (not AES's 16, hence manual padding),
 * plaintext = 16 random bytes + 4-byte big-endian length + message + receive id. The receive id
 * (called appId below, as in the official SDK) is the official account's appid, or the corpid
 * for a WeCom app.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { GongkaiError } from '../../core/errors.js';
import { computeSignature, signaturesMatch } from './signature.js';

/** WeChat pads to 32 bytes, whatever AES's own block size is. */
export const WECHAT_PADDING_BLOCK = 32;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Turn the 43-character EncodingAESKey into the 32-byte AES key; throws a CONFIG error when malformed. */
export function decodeEncodingAesKey(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    throw new GongkaiError('CONFIG', 'EncodingAESKey must be 43 base64 characters');
  }
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new GongkaiError('CONFIG', 'EncodingAESKey does not decode to 32 bytes');
  return key;
}

/** PKCS#7 padding to `blockSize` bytes: always adds 1..blockSize bytes, each equal to the count. */
export function pkcs7Pad(data: Buffer, blockSize = WECHAT_PADDING_BLOCK): Buffer {
  const count = blockSize - (data.length % blockSize);
  return Buffer.concat([data, Buffer.alloc(count, count)]);
}

/** Remove PKCS#7 padding, refusing padding that is out of range or inconsistent. */
export function pkcs7Unpad(data: Buffer, blockSize = WECHAT_PADDING_BLOCK): Buffer {
  const count = data.length > 0 ? data[data.length - 1] : 0;
  if (count < 1 || count > blockSize || count > data.length) {
    throw new GongkaiError('BAD_INPUT', 'invalid PKCS#7 padding');
  }
  for (let index = data.length - count; index < data.length; index += 1) {
    if (data[index] !== count) throw new GongkaiError('BAD_INPUT', 'invalid PKCS#7 padding');
  }
  return data.subarray(0, data.length - count);
}

/**
 * Encrypt a message the way WeChat does, returning base64. `random` is injectable so tests can
 * reproduce a known envelope; in production it must stay random.
 */
export function encryptMessage(message: string, aesKey: Buffer, appId: string, random: Buffer = randomBytes(16)): string {
  if (random.length !== 16) throw new GongkaiError('INTERNAL', 'the random prefix must be 16 bytes');
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plaintext = pkcs7Pad(Buffer.concat([random, length, body, Buffer.from(appId, 'utf8')]));
  const cipher = createCipheriv('aes-256-cbc', aesKey, aesKey.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plaintext), cipher.final()]).toString('base64');
}

/** What an encrypted envelope contains: the inner message and the appId it was sealed for. */
export interface DecryptedMessage {
  message: string;
  appId: string;
}

/** Decrypt a base64 WeChat envelope; throws BAD_INPUT for anything that is not a well-formed envelope. */
export function decryptMessage(encrypted: string, aesKey: Buffer): DecryptedMessage {
  const trimmed = encrypted.trim();
  if (!BASE64.test(trimmed) || trimmed.length % 4 !== 0) {
    throw new GongkaiError('BAD_INPUT', 'encrypted message is not base64');
  }
  const ciphertext = Buffer.from(trimmed, 'base64');
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0) {
    throw new GongkaiError('BAD_INPUT', 'encrypted message has a bad length');
  }
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', aesKey, aesKey.subarray(0, 16));
    decipher.setAutoPadding(false);
    plaintext = pkcs7Unpad(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
  } catch (error) {
    if (error instanceof GongkaiError) throw error;
    throw new GongkaiError('BAD_INPUT', 'encrypted message cannot be decrypted', undefined, { cause: error });
  }
  if (plaintext.length < 20) throw new GongkaiError('BAD_INPUT', 'decrypted message is too short');
  const length = plaintext.readUInt32BE(16);
  if (20 + length > plaintext.length) throw new GongkaiError('BAD_INPUT', 'decrypted message length is out of range');
  return {
    message: plaintext.subarray(20, 20 + length).toString('utf8'),
    appId: plaintext.subarray(20 + length).toString('utf8'),
  };
}

/** Encrypt, decrypt and sign for one account, like the official WXBizMsgCrypt class. */
export interface MessageCrypt {
  /** Seal a message for this account (base64). */
  encrypt(message: string): string;
  /** Open an envelope; throws FORBIDDEN when it was sealed for another appId. */
  decrypt(encrypted: string): string;
  /** `msg_signature` = sha1(sort([token, timestamp, nonce, encrypted])). */
  sign(timestamp: string, nonce: string, encrypted: string): string;
  /** Constant-time check of a received `msg_signature`. */
  verify(signature: string | null | undefined, timestamp: string, nonce: string, encrypted: string): boolean;
}

/**
 * Bind token, key and appId once. Without an appId the envelope's appId is not checked,
 * which is only acceptable in compat mode where the plaintext fields are used anyway.
 */
export function createMessageCrypt(options: { token: string; encodingAesKey: string; appId?: string }): MessageCrypt {
  const aesKey = decodeEncodingAesKey(options.encodingAesKey);
  const { token, appId } = options;
  const sign = (timestamp: string, nonce: string, encrypted: string): string => computeSignature([token, timestamp, nonce, encrypted]);
  return {
    encrypt(message) {
      if (!appId) throw new GongkaiError('CONFIG', 'an appId is needed to encrypt replies');
      return encryptMessage(message, aesKey, appId);
    },
    decrypt(encrypted) {
      const opened = decryptMessage(encrypted, aesKey);
      if (appId && opened.appId !== appId) {
        throw new GongkaiError('FORBIDDEN', 'encrypted message was sealed for another appId');
      }
      return opened.message;
    },
    sign,
    verify(signature, timestamp, nonce, encrypted) {
      return signaturesMatch(sign(timestamp, nonce, encrypted), signature);
    },
  };
}
