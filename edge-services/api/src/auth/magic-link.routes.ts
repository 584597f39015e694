import { serializeSessionCookie } from "@mirubato/session-token";
import { validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env";
import { enforceRateLimit, limitAuthByIp } from "../rate-limit/enforce-rate-limit";
import { emailSchema, redirectPathSchema } from "./auth-input";
import { requestMagicLink, verifyMagicLink } from "./magic-link.service";
import type { MagicLinkFailure } from "./magic-links.store";
import {
  bindingFor,
  readBinding,
  serializeBindingCookie,
  serializeClearedBindingCookie,
} from "./sign-in-cookies";

const magicLinkBodySchema = z.object({ email: emailSchema, redirect: redirectPathSchema.optional() });
const verifyQuerySchema = z.object({ token: z.string().min(1).max(256) });

/** The `error` query value the app's /account page shows a message for. */
const verifyErrorCode: Record<MagicLinkFailure, string> = {
  not_found: "link_invalid",
  expired: "link_expired",
  used: "link_used",
  other_browser: "link_other_browser",
};

export const magicLinkRoutes = new Hono<AppEnv>()
  .post("/magic-link", limitAuthByIp, validate("json", magicLinkBodySchema), async (c) => {
    const { email, redirect } = c.req.valid("json");
    await enforceRateLimit(c, c.var.deps.emailRateLimiter, `auth-email:${email}`);
    const binding = bindingFor(c.req.header("cookie"), c.req.url);
    await requestMagicLink(c.var.deps, { email, redirectPath: redirect ?? null, binding });
    c.header("set-cookie", serializeBindingCookie(binding, c.req.url));
    // The same answer whether or not an account exists for the address.
    return c.json({ status: "sent" }, 202);
  })
  // A browser navigation from an email, so failures redirect to a page rather than answer JSON.
  .get("/verify", limitAuthByIp, validate("query", verifyQuerySchema), async (c) => {
    const result = await verifyMagicLink(c.var.deps, {
      token: c.req.valid("query").token,
      binding: readBinding(c.req.header("cookie"), c.req.url),
      userAgent: c.req.header("user-agent"),
    });
    if (!result.ok) return c.redirect(`/account?error=${verifyErrorCode[result.reason]}`, 302);
    c.header("set-cookie", serializeSessionCookie(result.sessionToken, c.req.url));
    c.header("set-cookie", serializeClearedBindingCookie(c.req.url), { append: true });
    return c.redirect(result.redirectPath, 302);
  });
