import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-700">There is no page here. The commitment may have been archived, or the link mistyped.</p>
      <p className="mt-4"><Link href="/" className="text-blue-900 underline">All commitments</Link></p>
    </main>
  );
}
