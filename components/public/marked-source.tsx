import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PublicSource } from "@/lib/data/public-sources";
import type { Locale } from "@/lib/domain/localized-text";
import type { MarkedBlock, Segment } from "@/lib/domain/source-text";

type Commitments = PublicSource["commitments"];
/** The page's language and its words for the links set between the document's passages. */
type PageWords = { locale: Locale; reportOn: string };

/**
 * One stretch of the text: marked when a commitment came from it or reports on one, followed by a link to each
 * passage ending there.
 */
function SegmentText({ segment, commitments, page }: { segment: Segment; commitments: Commitments; page: PageWords }) {
  const anchors = segment.starts.map((key) => <span key={key} id={`passage-${key}`} className="scroll-mt-4" />);
  const links = segment.ends.flatMap((key) => {
    const commitment = commitments.get(key);
    return commitment ? [
      <span key={key} lang={page.locale} data-passage-link="" className="mx-1 inline-flex flex-wrap items-center gap-1 align-baseline text-xs">
        {commitment.report && <span>{page.reportOn}:</span>}
        <Link href={`/commitments/${commitment.key}`} className="text-blue-900 underline"><bdi lang={commitment.titleLang}>{commitment.title}</bdi></Link>
        <StatusBadge status={commitment.status} />
      </span>,
    ] : [];
  });
  return (
    <>
      {anchors}
      {segment.keys.length > 0
        ? <mark data-passage={segment.keys.join(" ")} className="rounded-sm bg-yellow-100 px-0.5 text-inherit">{segment.text}</mark>
        : segment.text}
      {links}
    </>
  );
}

function BlockText({ block, commitments, page }: { block: MarkedBlock; commitments: Commitments; page: PageWords }) {
  return block.segments.map((segment, index) =>
    <SegmentText key={index} segment={segment} commitments={commitments} page={page} />);
}

/**
 * The whole document, block by block, in its own language (lang on each block: the links and statuses set between
 * its passages are the page's); list items that follow each other make one list.
 */
export function MarkedSource({ source, page }: { source: PublicSource; page: PageWords }) {
  const out: ReactNode[] = [];
  let items: ReactNode[] = [];
  let ordered = false;
  const closeList = () => {
    if (items.length > 0) {
      out.push(ordered
        ? <ol key={`list-${out.length}`} className="mt-3 list-decimal space-y-2 pl-6">{items}</ol>
        : <ul key={`list-${out.length}`} className="mt-3 list-disc space-y-2 pl-6">{items}</ul>);
    }
    items = [];
  };
  source.blocks.forEach((block, index) => {
    const text = <BlockText block={block} commitments={source.commitments} page={page} />;
    if (block.kind === "item") {
      if (items.length > 0 && ordered !== (block.ordered === true)) closeList();
      ordered = block.ordered === true;
      items.push(<li key={index} lang={source.sourceLang}>{text}</li>);
      return;
    }
    closeList();
    out.push(block.kind === "heading"
      ? <h2 key={index} lang={source.sourceLang} className="mt-6 text-xl font-semibold">{text}</h2>
      : <p key={index} lang={source.sourceLang} className="mt-3">{text}</p>);
  });
  closeList();
  return <div className="max-w-3xl leading-relaxed">{out}</div>;
}
