/**
 * Getting the script out of the page: copy to the clipboard and download as a file. Both are
 * plain DOM helpers so the panel stays about what it shows.
 */

/**
 * Copies `text`; true when it worked. The async Clipboard API needs a secure context and
 * permission; when it is missing or refuses (http on a LAN projector, some embedded browsers),
 * the old select-and-execCommand route still works in most of them.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy route below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off-screen but not display:none, which cannot be selected.
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  document.body.append(area);
  try {
    area.select();
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Saves `text` as a file named `name` (a Python script, UTF-8) without leaving the page. */
export function downloadText(name: string, text: string, type = 'text/x-python;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers; a tick later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
