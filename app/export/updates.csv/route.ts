import { csvExportHandler } from "@/lib/auth/csv-export-handler";

export const dynamic = "force-dynamic";

export const GET = csvExportHandler("updates", "public");
