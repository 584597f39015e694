import { parseServiceKeys, parseSessionKeys, type SessionKeys } from "@mirubato/session-token";
import { originListSchema } from "@mirubato/worker-kit";
import { z } from "zod";

/**
 * The worker's configuration, parsed from its vars and secrets (every boundary parses, `env`
 * included). A bad value is a deployment mistake: parsing throws and the request fails as
 * `internal`, with the reason in the log line.
 */
const configSchema = z.object({
  ENVIRONMENT: z.enum(["local", "staging", "production"]),
  APP_ORIGIN: originListSchema,
  EMAIL_FROM: z.string().min(1),
  OIDC_ISSUER: z.url(),
  GOOGLE_CLIENT_ID: z.string(),
  GOOGLE_CLIENT_SECRET: z.string(),
  RESEND_API_KEY: z.string(),
  SESSION_KEYS: z.string(),
  SERVICE_KEYS: z.string(),
});

export type Environment = z.infer<typeof configSchema>["ENVIRONMENT"];

export interface ApiConfig {
  environment: Environment;
  /** Origins allowed to make cookie-authenticated changes; the first one builds links in emails. */
  appOrigins: [string, ...string[]];
  emailFrom: string;
  oidcIssuer: string;
  googleClientId: string;
  googleClientSecret: string;
  resendApiKey: string;
  sessionKeys: SessionKeys;
  /** Signs the service tokens of the api's calls to the relay, scores and dictionary. */
  serviceKeys: SessionKeys;
}

export function parseConfig(env: Record<keyof z.input<typeof configSchema>, unknown>): ApiConfig {
  const vars = configSchema.parse(env);
  const [primaryOrigin, ...otherOrigins] = vars.APP_ORIGIN;
  if (primaryOrigin === undefined) throw new Error("APP_ORIGIN names no origin");
  return {
    environment: vars.ENVIRONMENT,
    appOrigins: [primaryOrigin, ...otherOrigins],
    emailFrom: vars.EMAIL_FROM,
    oidcIssuer: vars.OIDC_ISSUER,
    googleClientId: vars.GOOGLE_CLIENT_ID,
    googleClientSecret: vars.GOOGLE_CLIENT_SECRET,
    resendApiKey: vars.RESEND_API_KEY,
    sessionKeys: parseSessionKeys(vars.SESSION_KEYS),
    serviceKeys: parseServiceKeys(vars.SERVICE_KEYS),
  };
}
