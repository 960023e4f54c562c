import type { SeedDeclaration } from "../../lib/db/seed/types";
import { laDeclaration2024 } from "./data";

/** The source documents the product ships with, each transcribed in a data file of this folder. */
export const shippedDeclarations: SeedDeclaration[] = [laDeclaration2024];
