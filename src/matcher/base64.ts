/**
 * Base64 to bytes for the compiled matcher embedded in the content script. Both browsers we
 * support have the native `Uint8Array.fromBase64` (Chrome 140, Firefox 133), which decodes
 * megabytes in a few milliseconds; the fallback, for an older Chromium, is correct but slower.
 */
type WithFromBase64 = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array };

export function decodeBase64(text: string): Uint8Array {
  const native = (Uint8Array as WithFromBase64).fromBase64;
  if (native) return native.call(Uint8Array, text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The text between the first comment opener and the last comment closer of a function's source:
 * how the Chromium build carries the matcher (see build.mjs), because the engine skips a comment
 * without making a string of it, while a string literal of megabytes is scanned and copied.
 */
export function commentText(fn: () => void): string {
  const source = fn.toString();
  const from = source.indexOf('/*');
  const to = source.lastIndexOf('*/');
  if (from < 0 || to <= from) throw new Error('embedded matcher: no data comment found');
  return source.slice(from + 2, to);
}
