import type { ReactNode } from 'react';

/** "Label: value" as the Word export writes a labelled paragraph. */
export function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <p className="document-labelled">
      <strong>{label}:</strong> {children}
    </p>
  );
}
