/** Server settings from the environment, validated at start (STYLE.md §7). */
import { z } from "zod";
import { ConfigError } from "../../neo4j/errors.ts";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default("127.0.0.1"),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
});

export type ServerConfig = z.infer<typeof schema>;

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
