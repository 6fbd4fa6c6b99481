/** A file the user saves: its name, MIME type and text. */
export interface SavedFile {
  name: string;
  type: string;
  text: string;
}

/**
 * Saves a file through a Blob URL and `<a download>`: no downloads permission, and the file never
 * leaves the machine.
 */
export function downloadFile({ name, type, text }: SavedFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; give it a moment before releasing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
