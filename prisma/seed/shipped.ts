import type { SeedDeclaration, SeedTranslations } from "../../lib/db/seed/types";
import { laDeclaration2024 } from "./data";
import { laDeclaration2024Es } from "./translations-es";

/** The source documents the product ships with, each transcribed in a data file of this folder. */
export const shippedDeclarations: SeedDeclaration[] = [laDeclaration2024];

/** Translations of their commitments, one data file per declaration and language. */
export const shippedTranslations: SeedTranslations[] = [laDeclaration2024Es];
