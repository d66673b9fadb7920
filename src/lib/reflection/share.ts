/**
 * Share links carry the answers and weights in the URL fragment (`/reflection/#answers=…`),
 * which browsers never send to a server. The payload is the storage record without its
 * times, as UTF-8 in base64url so it survives chat apps and docs. A fragment is whatever
 * a stranger typed, so decoding checks size, alphabet and UTF-8 before the record's own
 * strict checks.
 */
import { decodeRecord, encodeRecord, type Decoded, type Known } from './record';
import { hasAnswers } from './answers';
import type { Sheet } from './sheet';

/** What a share fragment starts with. */
export const SHARE_PREFIX = '#answers=';

/** Longest payload we decode: a full record in base64 (4/3), with slack for multi-byte text. */
export const SHARE_MAX = 28_000;

/** True when a location hash is meant as a share link (valid or not). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** The fragment that shares these answers and weights, `#answers=` included. */
export function shareFragment(sheet: Sheet): string {
  const bytes = new TextEncoder().encode(encodeRecord(sheet, { timed: false }));
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return SHARE_PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads the answers and weights from a share fragment (`#answers=…`); never throws. */
export function decodeShareFragment(hash: string, known: Known): Decoded {
  const payload = hash.slice(SHARE_PREFIX.length);
  if (!isShareFragment(hash) || !payload) return { ok: false, reason: 'it holds no answers' };
  if (payload.length > SHARE_MAX) return { ok: false, reason: 'it is too long' };
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || payload.length % 4 === 1)
    return { ok: false, reason: 'it is damaged (not base64url)' };
  let text: string;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    );
  } catch {
    return { ok: false, reason: 'it is damaged (not text)' };
  }
  const decoded = decodeRecord(text, known);
  if (decoded.ok && !hasAnswers(decoded.sheet.answers)) return { ok: false, reason: 'it holds no answers' };
  return decoded;
}
