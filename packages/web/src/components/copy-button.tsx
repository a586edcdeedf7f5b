/** Copy-to-clipboard and download buttons for a block of text. */
import { useState } from 'preact/hooks';

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.select();
    return document.execCommand('copy');
  }
}

export function CopyButton({ text, label, target, caption = 'Copy' }: { text: string; label: string; target?: string; caption?: string }) {
  const [done, setDone] = useState<'' | 'copied' | 'failed'>('');
  const onClick = async () => {
    const area = target ? (document.getElementById(target) as HTMLTextAreaElement | null) : null;
    setDone((await copyText(text, area)) ? 'copied' : 'failed');
    setTimeout(() => setDone(''), 2500);
  };
  return (
    <span class="copy">
      <button type="button" onClick={onClick} aria-label={`Copy ${label}`}>
        {caption}
      </button>
      <span class="copy-status" aria-live="polite">
        {done === 'copied' ? 'Copied' : done === 'failed' ? 'Copy failed: select the text and copy it' : ''}
      </span>
    </span>
  );
}

export function DownloadButton({ text, filename, type, label }: { text: string; filename: string; type: string; label: string }) {
  const onClick = () => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" onClick={onClick} aria-label={`Download ${label} as ${filename}`}>
      Download
    </button>
  );
}
