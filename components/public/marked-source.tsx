import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PublicSource } from "@/lib/data/public-sources";
import type { MarkedBlock, Segment } from "@/lib/domain/source-text";

type Commitments = PublicSource["commitments"];

/** One stretch of the text: marked when a commitment came from it, followed by a link to each passage ending there. */
function SegmentText({ segment, commitments }: { segment: Segment; commitments: Commitments }) {
  const anchors = segment.starts.map((key) => <span key={key} id={`passage-${key}`} className="scroll-mt-4" />);
  const links = segment.ends.flatMap((key) => {
    const commitment = commitments.get(key);
    return commitment ? [
      <span key={key} data-passage-link="" className="mx-1 inline-flex flex-wrap items-center gap-1 align-baseline text-xs">
        <Link href={`/commitments/${key}`} className="text-blue-900 underline"><bdi lang={commitment.titleLang}>{commitment.title}</bdi></Link>
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

function BlockText({ block, commitments }: { block: MarkedBlock; commitments: Commitments }) {
  return block.segments.map((segment, index) => <SegmentText key={index} segment={segment} commitments={commitments} />);
}

/** The whole document, block by block; list items that follow each other make one list. */
export function MarkedSource({ source }: { source: PublicSource }) {
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
    const text = <BlockText block={block} commitments={source.commitments} />;
    if (block.kind === "item") {
      if (items.length > 0 && ordered !== (block.ordered === true)) closeList();
      ordered = block.ordered === true;
      items.push(<li key={index}>{text}</li>);
      return;
    }
    closeList();
    out.push(block.kind === "heading"
      ? <h2 key={index} className="mt-6 text-xl font-semibold">{text}</h2>
      : <p key={index} className="mt-3">{text}</p>);
  });
  closeList();
  return <div className="max-w-3xl leading-relaxed">{out}</div>;
}
