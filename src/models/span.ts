import { z } from "zod";

/** A span of the ORIGINAL input: UTF-16 offsets, end exclusive, `text === input.slice(start, end)`. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((s) => s.end >= s.start, { message: "end must not be before start", path: ["end"] });

export type Span = z.infer<typeof SpanSchema>;
