import type { NextRequest } from "next/server";
import { getCountry } from "@/lib/data/public-commitments";
import { publicFeedResponse } from "@/lib/http/feed-route";
import { plainText } from "@/lib/http/responses";
import { requestOrigin } from "@/lib/request-origin";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const country = /^[A-Za-z]{2}$/.test(code) ? await getCountry(code.toUpperCase()) : null;
  if (!country) return plainText(404, "No country has this ISO code here.");
  return publicFeedResponse({ kind: "country", code: country.code, name: country.name }, requestOrigin(request));
}
