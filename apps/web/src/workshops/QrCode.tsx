import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code for `value`, drawn here (the address never goes to a third party) as an SVG image, so no markup
 * is inserted into the page.
 */
export function QrCode({ value, alt, className }: { value: string; alt: string; className?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(value, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => {
        if (current) setSrc(`data:image/svg+xml,${encodeURIComponent(svg)}`);
      },
      () => {
        if (current) setSrc(null);
      },
    );
    return () => {
      current = false;
    };
  }, [value]);
  if (!src) return null;
  return <img src={src} alt={alt} className={className} />;
}
