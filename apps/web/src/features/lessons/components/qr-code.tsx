import { useEffect, useState } from 'react';

/**
 * A QR code for a link, drawn as SVG by the `qrcode` package, which is loaded only when a
 * teacher opens the share dialog.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(async (qr) => {
      const svg = await qr.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return src ? (
    <img src={src} alt={label} className="h-64 w-64 rounded bg-white p-2" />
  ) : (
    <div aria-hidden className="h-64 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
  );
}
