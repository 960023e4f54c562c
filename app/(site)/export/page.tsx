import type { Metadata } from "next";
import { COMMITMENT_COLUMNS, UPDATE_COLUMNS, type CsvColumn } from "@/lib/domain/csv-columns";
import { getCatalogue } from "@/lib/i18n/server";
import type { Catalogue } from "@/lib/messages/en";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getCatalogue()).t.exportPage.title };
}

/** A file's columns: each name as the file writes it (English, for programs), its type and meaning in the page's language. */
function Dictionary({ id, caption, columns, meanings, words }: {
  id: string;
  caption: string;
  columns: CsvColumn[];
  meanings: Catalogue["dataDictionary"]["commitments"];
  words: Catalogue["exportPage"];
}) {
  return (
    <table id={id} className="cards-under-sm mt-3 w-full border-collapse text-sm">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-3">{words.column}</th>
          <th scope="col" className="py-1 pr-3">{words.type}</th>
          <th scope="col" className="py-1">{words.meaning}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr key={column.name} className="border-b border-slate-200 align-top">
            <td data-label={words.column} className="py-1 pr-3 font-mono">{column.name}</td>
            <td data-label={words.type} className="py-1 pr-3">{meanings[column.name]?.type ?? column.type}</td>
            <td data-label={words.meaning} className="py-1">
              {meanings[column.name]?.meaning ?? column.meaning}{column.staff ? words.staffOnly : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function ExportPage() {
  const { t } = await getCatalogue();
  const words = t.exportPage;
  return (
    <>
      <h1 className="text-3xl font-bold">{words.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {words.format[0]}<code>/export/commitments.csv?country=CR</code>{words.format[1]}<code>;</code>{words.format[2]}
      </p>
      <p className="mt-2 max-w-3xl text-slate-700">{words.formulas}</p>
      <p className="mt-2 max-w-3xl text-slate-700">{words.english}</p>
      <ul className="mt-4 list-inside list-disc">
        <li><a href="/export/commitments.csv" className="text-blue-900 underline">commitments.csv</a>{words.commitmentsFile}</li>
        <li><a href="/export/updates.csv" className="text-blue-900 underline">updates.csv</a>{words.updatesFile[0]}
          <code>update_id</code>{words.updatesFile[1]}<code>created_at</code>{words.updatesFile[2]}</li>
      </ul>
      <Dictionary id="commitment-columns" caption={words.commitmentColumns} columns={COMMITMENT_COLUMNS}
        meanings={t.dataDictionary.commitments} words={words} />
      <Dictionary id="update-columns" caption={words.updateColumns} columns={UPDATE_COLUMNS}
        meanings={t.dataDictionary.updates} words={words} />
    </>
  );
}
