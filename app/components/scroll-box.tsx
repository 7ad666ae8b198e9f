// A wide table's own horizontal scroll (DKFDS table--responsive-scroll), reachable by keyboard: a region
// with a name that takes the focus, so the arrow keys scroll it where a finger or mouse would.
import type { ReactNode } from "react";

export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table--responsive-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
