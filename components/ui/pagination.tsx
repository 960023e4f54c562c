import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

export async function Pagination({ page, hasNext, href, label }: {
  page: number;
  hasNext: boolean;
  href: (page: number) => string;
  label?: string;
}) {
  if (page <= 1 && !hasNext) return null;
  const { t } = await getCatalogue();
  return (
    <nav aria-label={t.pagination.pages} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="underline" rel="prev">{t.pagination.previous}</Link> : <span />}
      <span>{label ?? t.pagination.page(page)}</span>
      {hasNext && <Link href={href(page + 1)} className="underline" rel="next">{t.pagination.next}</Link>}
    </nav>
  );
}
