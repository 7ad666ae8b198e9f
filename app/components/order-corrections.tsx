// The employer's corrections of an order, newest first, each field with what it was and what it is now.
import type { CorrectionView } from "~/models/job-order/correction.server";

export function OrderCorrections({ corrections }: { corrections: CorrectionView[] }) {
  if (corrections.length === 0) return null;
  return (
    <div className="mt-5">
      <h3 id="rettelser-titel" className="h4">
        Rettet af virksomheden
      </h3>
      <ol className="nobullet-list" aria-labelledby="rettelser-titel">
        {corrections.map((c) => (
          <li key={c.id} className="mb-4">
            <p className="mb-2">
              <strong>{c.at}</strong>, {c.byName}:
            </p>
            <ul>
              {c.changes.map((change) =>
                change.long ? (
                  <li key={change.field}>
                    <details>
                      <summary>{change.label}: ændret (se før og nu)</summary>
                      <p className="mb-1">Før:</p>
                      <p className="answer-text">{change.before}</p>
                      <p className="mb-1">Nu:</p>
                      <p className="answer-text">{change.after}</p>
                    </details>
                  </li>
                ) : (
                  <li key={change.field}>
                    {change.label}: <del>{change.before}</del> → <ins>{change.after}</ins>
                  </li>
                ),
              )}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
