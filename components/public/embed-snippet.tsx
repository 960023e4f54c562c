import { headers } from "next/headers";
import { appOrigin } from "@/lib/env";
import { getCatalogue } from "@/lib/i18n/server";

/** "Embed this": the iframe code of this page's card, ready to select and copy (no script needed to read it). */
export async function EmbedSnippet({ embedPath, title, height }: { embedPath: string; title: string; height: number }) {
  const origin = appOrigin((await headers()).get("host"));
  const { t, href } = await getCatalogue();
  // The card in the page's language: /es/embed/... for a Spanish reader's site.
  embedPath = href(embedPath);
  const code = `<iframe src="${origin}${embedPath}" title="${title.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}" `
    + `width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer text-blue-900 underline">{t.embed.summary}</summary>
      <p className="mt-2">{t.embed.copy}</p>
      <label htmlFor="embed-code" className="mt-2 block font-medium">{t.embed.code}</label>
      <textarea id="embed-code" readOnly rows={3} value={code} data-embed-code
        className="mt-1 w-full rounded border border-slate-400 bg-slate-50 p-2 font-mono text-xs" />
      <p className="mt-1"><a href={embedPath} className="text-blue-900 underline">{t.embed.preview}</a></p>
    </details>
  );
}
