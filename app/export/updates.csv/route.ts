import { csvExportHandler } from "@/lib/http/csv-export-route";

export const dynamic = "force-dynamic";

export const GET = csvExportHandler("updates", "public");
