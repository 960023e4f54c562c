import Link from "next/link";

export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="underline" rel="prev">← Previous page</Link> : <span />}
      <span>Page {page} of {pageCount}</span>
      {page < pageCount && <Link href={href(page + 1)} className="underline" rel="next">Next page →</Link>}
    </nav>
  );
}
