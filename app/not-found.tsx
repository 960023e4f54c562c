import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getCatalogue();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">{t.errorPage.notFound}</h1>
      <p className="mt-2 text-slate-700">{t.errorPage.notFoundText}</p>
      <p className="mt-4"><Link href="/" className="text-blue-900 underline">{t.errorPage.allCommitments}</Link></p>
    </main>
  );
}
