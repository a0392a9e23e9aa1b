/** Files in and out of the page: reading a chosen or dropped file as it is, and downloading one. */

/**
 * A file's text exactly as written, byte order mark included (`Blob.text()` drops it, and
 * `tarikh build` keeps it, so offsets would differ by one).
 */
export async function fileText(file: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
}

/** Offers `text` as a file named `name` to download. */
export function download(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
