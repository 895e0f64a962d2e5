/** Request validation with zod; the first problem is reported with the field it concerns. */
import type { z } from "zod";
import { BadRequestError } from "./errors.ts";

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const r = schema.safeParse(body);
  if (!r.success) {
    const i = r.error.issues[0]!;
    const field = i.path.length ? `"${i.path.join(".")}"` : "the body";
    throw new BadRequestError(
      i.code === "unrecognized_keys"
        ? `${field} has unknown fields: ${(i as { keys: string[] }).keys.join(", ")}`
        : `${field}: ${i.message}`,
    );
  }
  return r.data;
}
