/**
 * Path links carry the whole path in the URL fragment, `/path/#p=1z…`, which browsers never
 * send to a server. After `#p=` come the format version, the packing (`z`: the flat
 * JSON form deflated with the browser's CompressionStream('deflate-raw'); `j`: the JSON as
 * UTF-8, for browsers without it or when deflating does not help) and the bytes in base64url.
 * Version `1` is a path alone, `[title, intro, id, note, …]`; version `2` is a path sent back
 * by the one who read it: the same array with their reply as one last object
 * (see pathReply.ts), so a guide that only knows version 1 says it cannot open it.
 *
 * A fragment is whatever a stranger typed or a chat app cut short, so decoding never
 * throws: it shows what can be read (a link cut mid-way keeps its complete steps) and says
 * plainly what could not.
 */
import { fromBase64url, toBase64url } from './base64url';
import { flatten, unflatten, type ReadingPath } from './readingPath';

export const PATH_PREFIX = '#p=';
/** The format of a path alone, which this guide writes and reads. */
export const PATH_VERSION = '1';
/** The format of a path sent back with the reader's reply. */
export const REPLY_VERSION = '2';
/** Longest payload we look at: a full path of 30 long notes in any script, with room to spare. */
export const PAYLOAD_MAX = 80_000;
/** Most bytes a payload may inflate to: a bomb-sized link stops here. */
export const INFLATED_MAX = 200_000;

export interface DecodedPath {
  path: ReadingPath;
  /** What could not be shown, in plain words; empty when the link was whole. */
  problems: string[];
  /** False when nothing at all could be read (then `problems` says why). */
  readable: boolean;
  /** A sent-back link's reply, as it came (unchecked: see readReply); undefined for a path alone. */
  reply?: unknown;
}

/** True when a location hash is meant as a path link (valid or not). */
export function isPathFragment(hash: string): boolean {
  return hash.startsWith(PATH_PREFIX);
}

/**
 * The fragment for a path, `#p=` included: deflated when that makes it shorter. With a
 * `reply` (replyValue's object) it is a sent-back link, version 2.
 */
export async function pathFragment(path: ReadingPath, reply?: object): Promise<string> {
  const version = reply ? REPLY_VERSION : PATH_VERSION;
  const values: unknown[] = flatten(path);
  if (reply) values.push(reply);
  const bytes = new TextEncoder().encode(JSON.stringify(values));
  let best = `${version}j${toBase64url(bytes)}`;
  if (typeof CompressionStream === 'function') {
    const packed = await transform(bytes, new CompressionStream('deflate-raw'), Infinity);
    const deflated = `${version}z${toBase64url(packed.bytes)}`;
    if (deflated.length < best.length) best = deflated;
  }
  return PATH_PREFIX + best;
}

/** Reads a path fragment (`#p=…`). Never throws. */
export async function decodePathFragment(hash: string): Promise<DecodedPath> {
  const unreadable = (reason: string): DecodedPath => ({
    path: { title: '', intro: '', steps: [] },
    problems: [reason],
    readable: false,
  });
  if (!isPathFragment(hash)) return unreadable('This link holds no reading path.');
  const payload = hash.slice(PATH_PREFIX.length);
  if (!payload) return unreadable('This link holds no reading path: it ends after “#p=”.');
  const version = payload[0];
  if (version !== PATH_VERSION && version !== REPLY_VERSION) {
    return unreadable(
      'This path was made by a newer or unknown version of this guide, so it cannot be opened here.',
    );
  }
  const packing = payload[1];
  if (packing !== 'z' && packing !== 'j')
    return unreadable('This path link is in a form this guide does not know, so it cannot be opened.');
  if (payload.length > PAYLOAD_MAX)
    return unreadable('This path link is too long to be a reading path, so it was not opened.');
  const problems: string[] = [];
  let data = payload.slice(2);
  const bad = data.search(/[^A-Za-z0-9_-]/);
  if (bad >= 0) {
    problems.push(
      'Part of the link is damaged (it has characters a path link never has), so only what comes before is shown.',
    );
    data = data.slice(0, bad);
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64url(data);
  } catch {
    return unreadable('This path link is damaged and cannot be read.');
  }
  let text: string;
  let complete = true;
  if (packing === 'z') {
    const inflated = await transform(bytes, new DecompressionStream('deflate-raw'), INFLATED_MAX);
    if (inflated.tooLarge)
      return unreadable(
        'This path link unpacks to far more than a reading path holds, so it was not opened.',
      );
    complete = inflated.complete;
    text = new TextDecoder().decode(inflated.bytes);
  } else {
    text = new TextDecoder().decode(bytes);
  }
  const values = valuesOf(text);
  if (!values.list) return unreadable('This path link is damaged and cannot be read.');
  if ((!values.whole || !complete) && bad < 0)
    problems.push('The link was cut short, so only the steps that arrived whole are shown.');
  const list = values.list;
  let reply: unknown;
  if (version === REPLY_VERSION) {
    // The reply is the one value after the steps; a cut link has lost it.
    const last = list.at(-1);
    if (list.length % 2 === 1 && typeof last !== 'string') reply = list.pop();
    else problems.push('Their answers did not arrive with the path, so only the path is shown.');
  }
  const { path, problems: checks } = unflatten(list);
  const decoded: DecodedPath = { path, problems: [...problems, ...checks], readable: true };
  if (reply !== undefined) decoded.reply = reply;
  return decoded;
}

/**
 * The flat array in a link's text. A whole array parses as JSON; a cut one keeps its
 * complete leading strings (a step whose note was cut keeps its id).
 */
function valuesOf(text: string): { list?: unknown[]; whole: boolean } {
  try {
    const data: unknown = JSON.parse(text);
    return Array.isArray(data) ? { list: data, whole: true } : { whole: true };
  } catch {
    /* cut short or damaged: salvage below */
  }
  if (!text.startsWith('[')) return { whole: false };
  const list: string[] = [];
  const token = /\s*("(?:[^"\\]|\\.)*")\s*(,|\]|$)/y;
  token.lastIndex = 1;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    try {
      list.push(JSON.parse(match[1]!) as string);
    } catch {
      break;
    }
    if (match[2] !== ',') break;
  }
  return list.length ? { list, whole: false } : { whole: false };
}

/**
 * Runs bytes through a (de)compression stream, stopping at `limit` output bytes. A stream
 * that fails mid-way (a cut deflate) keeps what it produced before failing.
 */
async function transform(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const writer = stream.writable.getWriter();
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let complete = true;
  let tooLarge = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        tooLarge = true;
        await reader.cancel().catch(() => {});
        break;
      }
      chunks.push(value);
    }
  } catch {
    complete = false;
  }
  const bytes = new Uint8Array(Math.min(total, limit === Infinity ? total : limit));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: bytes.subarray(0, at), complete, tooLarge };
}
