import { publicFeed } from "@/lib/http/feed-route";
import { route } from "@/lib/http/route";
import { publicCommitment } from "@/lib/http/targets";

export const dynamic = "force-dynamic";

export const GET = route({
  refusals: "text",
  target: publicCommitment,
  answer: ({ found, origin, locale }) => publicFeed({ kind: "commitment", key: found.key, title: found.title,
    chain: [...(found.chain.continues ? [found.chain.continues.key] : []), ...found.chain.continuedBy.map((link) => link.key)] },
  origin, locale),
});
