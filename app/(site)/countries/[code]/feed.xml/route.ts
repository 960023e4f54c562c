import { appOrigin } from "@/lib/env";
import type { NextRequest } from "next/server";
import { getCountry } from "@/lib/data/public-commitments";
import { notFoundText, publicFeedResponse } from "@/lib/data/public-feed";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const country = /^[A-Za-z]{2}$/.test(code) ? await getCountry(code.toUpperCase()) : null;
  if (!country) return notFoundText("No country has this ISO code here.");
  return publicFeedResponse(appOrigin(request.headers.get("host")), { countryCode: country.code }, `Updates: commitments of ${country.name}`,
    `/countries/${country.code.toLowerCase()}`);
}
