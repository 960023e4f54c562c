"use client";

/** Shown when a page could not be built, most often because the database cannot be reached for a moment. */
export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">This page is unavailable for a moment</h1>
      <p className="mt-2 text-slate-700">
        The tracker could not read its data. Nothing you saved has been lost. Try again in a few seconds.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-blue-800 px-4 py-2 font-medium text-white">
        Try again
      </button>
    </div>
  );
}
