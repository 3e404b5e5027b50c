import type { ReactNode } from 'react';
import { ParticipateHeader } from './ParticipateHeader.tsx';

/** A whole participant page that says one thing (link incomplete or no longer valid). */
export function WorkshopMessage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="participate">
      <ParticipateHeader />
      <main id="main" tabIndex={-1} className="participate-main">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
