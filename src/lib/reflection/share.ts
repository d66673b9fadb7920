/**
 * Share links carry the answers in the URL fragment (`/reflection/#answers=…`), which
 * browsers never send to a server. The payload is the storage record as UTF-8, in
 * base64url so it survives chat apps and docs. A fragment is whatever a stranger typed,
 * so decoding checks size, alphabet and UTF-8 before the record's own strict checks.
 */
import type { Answers } from './answers';
import { decodeRecord, encodeRecord, type Decoded } from './record';

/** What a share fragment starts with. */
export const SHARE_PREFIX = '#answers=';

/** Longest payload we decode: a full record in base64 (4/3), with slack for multi-byte text. */
export const SHARE_MAX = 24_000;

/** True when a location hash is meant as a share link (valid or not). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** The fragment that shares these answers, `#answers=` included. */
export function shareFragment(answers: Answers): string {
  const bytes = new TextEncoder().encode(encodeRecord(answers));
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return SHARE_PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads the answers from a share fragment (`#answers=…`); never throws. */
export function decodeShareFragment(hash: string, knownIds: readonly string[]): Decoded {
  const payload = hash.slice(SHARE_PREFIX.length);
  if (!isShareFragment(hash) || !payload) return { ok: false, reason: 'it holds no answers' };
  if (payload.length > SHARE_MAX) return { ok: false, reason: 'it is too long' };
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || payload.length % 4 === 1) return { ok: false, reason: 'it is damaged (not base64url)' };
  let text: string;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return { ok: false, reason: 'it is damaged (not text)' };
  }
  const decoded = decodeRecord(text, knownIds);
  if (decoded.ok && Object.keys(decoded.answers).length === 0) return { ok: false, reason: 'it holds no answers' };
  return decoded;
}
