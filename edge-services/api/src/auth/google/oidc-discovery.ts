import { z } from "zod";

/** The parts of an OpenID Provider's discovery document the code flow needs. */
const providerMetadataSchema = z.object({
  issuer: z.url(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
});

export type ProviderMetadata = z.infer<typeof providerMetadataSchema>;

/**
 * Reads `<issuer>/.well-known/openid-configuration` and insists that it names the configured
 * issuer, so a misconfigured or spoofed document cannot point ID-token checks elsewhere.
 */
export async function discoverProvider(issuer: string, fetcher: typeof fetch): Promise<ProviderMetadata> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  const response = await fetcher(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`OIDC discovery answered ${response.status}`);
  const metadata = providerMetadataSchema.parse(await response.json());
  if (metadata.issuer !== issuer) throw new Error("OIDC discovery names another issuer");
  return metadata;
}
