import {
  readCookie,
  serializeCookie,
  serializeExpiredCookie,
  serializeSessionCookie,
} from "@mirubato/session-token";
import { validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../env";
import { limitAuthByIp } from "../../rate-limit/enforce-rate-limit";
import { redirectPathSchema } from "../auth-input";
import { cancelGoogleSignIn, finishGoogleSignIn, startGoogleSignIn } from "./google-sign-in.service";

const stateCookie = (url: string) => ({ baseName: "mirubato_oidc", url });
const STATE_COOKIE_MAX_AGE_SEC = 10 * 60;

const startQuerySchema = z.object({ redirect: redirectPathSchema.optional() });
const callbackQuerySchema = z.union([
  z.object({ code: z.string().min(1).max(2048), state: z.string().min(1).max(256) }),
  // The provider sends the user back with `error` (and the state) when they cancel or it refuses.
  z.object({ error: z.string().max(256), state: z.string().min(1).max(256).optional() }),
]);

export const googleRoutes = new Hono<AppEnv>()
  .get("/google/start", limitAuthByIp, validate("query", startQuerySchema), async (c) => {
    const { redirect } = c.req.valid("query");
    const { authorizationUrl, state } = await startGoogleSignIn(c.var.deps, redirect ?? null);
    c.header("set-cookie", serializeCookie(stateCookie(c.req.url), state, STATE_COOKIE_MAX_AGE_SEC));
    return c.redirect(authorizationUrl, 302);
  })
  .get("/google/callback", limitAuthByIp, validate("query", callbackQuerySchema), async (c) => {
    const query = c.req.valid("query");
    const cookieState = readCookie(stateCookie(c.req.url), c.req.header("cookie"));
    // Only the browser that started this sign-in can end it, cancelled or not: a callback whose
    // state is not this browser's (a link from a third party) leaves its pending sign-in alone.
    if (query.state === undefined || query.state !== cookieState) {
      return c.redirect("/account?error=google_state", 302);
    }
    c.header("set-cookie", serializeExpiredCookie(stateCookie(c.req.url)));
    if ("error" in query) {
      await cancelGoogleSignIn(c.var.deps, query.state);
      return c.redirect("/account?error=google_cancelled", 302);
    }
    const result = await finishGoogleSignIn(c.var.deps, {
      code: query.code,
      state: query.state,
      cookieState,
      userAgent: c.req.header("user-agent"),
    });
    if (!result.ok) return c.redirect(`/account?error=${result.reason}`, 302);
    c.header("set-cookie", serializeSessionCookie(result.sessionToken, c.req.url), { append: true });
    return c.redirect(result.redirectPath, 302);
  });
