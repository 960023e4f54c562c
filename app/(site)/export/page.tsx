import type { Metadata } from "next";
import { COMMITMENT_COLUMNS, UPDATE_COLUMNS, type CsvColumn } from "@/lib/domain/csv-columns";

export const metadata: Metadata = { title: "Open data: CSV files" };

function Dictionary({ id, caption, columns }: { id: string; caption: string; columns: CsvColumn[] }) {
  return (
    <table id={id} className="cards-under-sm mt-3 w-full border-collapse text-sm">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-3">Column</th>
          <th scope="col" className="py-1 pr-3">Type</th>
          <th scope="col" className="py-1">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr key={column.name} className="border-b border-slate-200 align-top">
            <td data-label="Column" className="py-1 pr-3 font-mono">{column.name}</td>
            <td data-label="Type" className="py-1 pr-3">{column.type}</td>
            <td data-label="Meaning" className="py-1">{column.meaning}{column.staff ? " (staff files only)" : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ExportPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Open data: CSV files</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Every public commitment and every public history entry, as CSV (RFC 4180, UTF-8 with a byte-order mark, comma
        separated, CRLF line ends). These addresses are permanent and take the same filters as the public pages, e.g.{" "}
        <code>/export/commitments.csv?country=CR</code>. Dates are ISO 8601 (a deadline is the first day of its period,
        with its precision beside it: 2025-12-01 and month is &ldquo;December 2025&rdquo;); times are UTC; several
        countries in one cell are ISO codes joined by <code>;</code>, the lead first.
      </p>
      <p className="mt-2 max-w-3xl text-slate-700">
        A text cell that would start with =, +, -, @, a tab or a carriage return is written with one apostrophe in front
        (and one more before a text that already starts with apostrophes followed by such a character), so that no
        spreadsheet runs it as a formula. To get the exact text back, remove that one apostrophe; the staff import does.
      </p>
      <ul className="mt-4 list-inside list-disc">
        <li><a href="/export/commitments.csv" className="text-blue-900 underline">commitments.csv</a>: one row per commitment</li>
        <li><a href="/export/updates.csv" className="text-blue-900 underline">updates.csv</a>: one row per public history
          entry, in <code>update_id</code> order (sort by <code>created_at</code> for time order)</li>
      </ul>
      <Dictionary id="commitment-columns" caption="Columns of commitments.csv" columns={COMMITMENT_COLUMNS} />
      <Dictionary id="update-columns" caption="Columns of updates.csv" columns={UPDATE_COLUMNS} />
    </>
  );
}
