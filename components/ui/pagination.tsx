import Link from "next/link";

export function Pagination({ page, hasNext, href, label }: {
  page: number;
  hasNext: boolean;
  href: (page: number) => string;
  label?: string;
}) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="underline" rel="prev">← Previous page</Link> : <span />}
      <span>{label ?? `Page ${page}`}</span>
      {hasNext && <Link href={href(page + 1)} className="underline" rel="next">Next page →</Link>}
    </nav>
  );
}
