import { StampKind } from "@mirubato/schema";
import { z } from "zod";

/** A stamp kind chosen in a `<select>`: the option's value is parsed, never cast. */
export const stampKindSchema = z.enum(StampKind);
