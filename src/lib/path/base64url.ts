/**
 * base64url without padding, for bytes that travel in a URL fragment (chat apps and docs
 * leave `-` and `_` alone, and there is no `=` to be eaten as punctuation).
 */

/** Bytes as base64url, unpadded. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * base64url back to bytes. A dangling last character (a link cut one character short of a
 * whole byte) is dropped rather than failing; the caller checks the alphabet first.
 */
export function fromBase64url(text: string): Uint8Array {
  const whole = text.length % 4 === 1 ? text.slice(0, -1) : text;
  const binary = atob(whole.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
