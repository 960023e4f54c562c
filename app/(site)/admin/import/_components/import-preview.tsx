import type { CellChange, ImportPlan, PreviewPage } from "@/lib/domain/csv-import-diff";
import { useCatalogue } from "@/lib/i18n/client";
import { Link } from "@/lib/i18n/navigation";

const cell = "border-b border-slate-200 py-1 pr-3 align-top";
const head = "border-b border-slate-300 py-1 pr-3 text-left";

function Changes({ changes }: { changes: CellChange[] }) {
  const t = useCatalogue().staff.importPage;
  return (
    <table className="mt-1 w-full border-collapse text-sm">
      <thead>
        <tr><th scope="col" className={head}>{t.column}</th><th scope="col" className={head}>{t.now}</th>
          <th scope="col" className={head}>{t.inFile}</th></tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.column}>
            <td className={`${cell} font-mono`}>{change.column}</td>
            <td className={`${cell} whitespace-pre-wrap break-words`}>{change.old || <span className="text-slate-500">{t.empty}</span>}</td>
            <td className={`${cell} whitespace-pre-wrap break-words`}>{change.new || <span className="text-slate-500">{t.empty}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Buttons of the form around it: each sends the file again for another page, as no preview is kept on the server. */
function Pager({ page, disabled }: { page: PreviewPage; disabled: boolean }) {
  const t = useCatalogue().staff.importPage;
  if (page.pages === 1) return null;
  const button = "rounded border border-slate-400 px-2 py-1 text-sm disabled:opacity-50";
  return (
    <nav aria-label={t.pages} className="flex flex-wrap items-center gap-3">
      <button type="submit" name="page" value={page.page - 1} disabled={disabled || page.page === 1} className={button}>
        {t.previous}
      </button>
      <span className="text-sm">{t.page(page.page, page.pages)}</span>
      <button type="submit" name="page" value={page.page + 1} disabled={disabled || page.page === page.pages}
        className={button}>
        {t.next}
      </button>
    </nav>
  );
}

/**
 * What an import would do: the counts, then one page of the rows that change or fail (errors first, then conflicts,
 * additions and changes). Rows left alone are only counted.
 */
export function ImportPreview({ counts, page, pending }: {
  counts: ImportPlan["counts"];
  page: PreviewPage;
  pending: boolean;
}) {
  const t = useCatalogue().staff.importPage;
  const errors = page.rows.flatMap((row) => (row.kind === "error" ? row.errors.map((error) => ({ ...error, key: row.key })) : []));
  const conflicts = page.rows.filter((row) => row.kind === "conflict");
  const writes = page.rows.filter((row) => row.kind === "create" || row.kind === "change");
  return (
    <div className="mt-4 space-y-6">
      <p className="text-sm" data-import-counts>
        {t.counts(counts.error, counts.conflict, counts.create, counts.change, counts.unchanged)}
        {page.rowCount > 0 && t.showing(page.first, page.first + page.rows.length - 1, page.rowCount)}
      </p>
      <Pager page={page} disabled={pending} />
      {errors.length > 0 && (
        <section aria-labelledby="import-errors">
          <h2 id="import-errors" className="text-lg font-semibold text-red-900">{t.errors(counts.error)}</h2>
          <table className="mt-2 w-full border-collapse text-sm">
            <thead>
              <tr><th scope="col" className={head}>{t.lineHeading}</th><th scope="col" className={head}>{t.column}</th>
                <th scope="col" className={head}>{t.key}</th><th scope="col" className={head}>{t.problem}</th></tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                <tr key={index}>
                  <td className={cell}>{error.line}</td>
                  <td className={`${cell} font-mono`}>{error.column ?? t.row}</td>
                  <td className={`${cell} font-mono`}>{error.key || "—"}</td>
                  <td className={cell}>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {conflicts.length > 0 && (
        <section aria-labelledby="import-conflicts">
          <h2 id="import-conflicts" className="text-lg font-semibold text-amber-900">{t.conflicts(counts.conflict)}</h2>
          <p className="text-sm text-slate-700">{t.conflictsText}</p>
          <ul className="mt-2 space-y-3">
            {conflicts.map((row) => row.kind === "conflict" && (
              <li key={row.key}>
                <p className="text-sm">
                  {t.line(row.line)}<span className="font-mono">{row.key}</span>{t.versions(row.fileVersion, row.version)}
                </p>
                {row.changes.length > 0 && <Changes changes={row.changes} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {writes.length > 0 && (
        <section aria-labelledby="import-writes">
          <h2 id="import-writes" className="text-lg font-semibold">{t.writes(counts.create + counts.change)}</h2>
          <ul className="mt-2 space-y-4">
            {writes.map((row) => row.kind !== "error" && row.kind !== "conflict" && (
              <li key={row.key} data-import-row={row.key}>
                <p className="text-sm">
                  {row.kind === "create" ? t.lineAdd(row.line) : t.lineChange(row.line)}
                  {row.kind === "change"
                    ? <Link href={`/admin/commitments/${row.key}`} className="font-mono underline">{row.key}</Link>
                    : <span className="font-mono">{row.key}</span>}
                </p>
                <Changes changes={row.changes} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <Pager page={page} disabled={pending} />
    </div>
  );
}
