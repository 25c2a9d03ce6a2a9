/**
 * Text of an imported file: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * Big5 (Excel on a zh-TW Windows saves CSV as Big5).
 */
export function decodeText(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('big5').decode(view);
  }
}
