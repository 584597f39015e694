import { expect, test } from "vitest";
import { createResendEmailSender } from "./resend-email-sender";

const message = { to: "ada@example.com", subject: "Sign in", text: "link", html: "<p>link</p>" };

function fakeFetch(status: number) {
  const calls: Request[] = [];
  const fetchFake: typeof fetch = async (input, init) => {
    calls.push(new Request(input, init));
    return Response.json({ id: "email-1" }, { status });
  };
  return { calls, fetchFake };
}

test("posts the message to Resend with the API key", async () => {
  const { calls, fetchFake } = fakeFetch(200);
  const sender = createResendEmailSender({ apiKey: "re_test", from: "Mirubato <a@b.c>", fetch: fetchFake });
  await sender.send(message);
  const request = calls[0];
  expect(request?.url).toBe("https://api.resend.com/emails");
  expect(request?.method).toBe("POST");
  expect(request?.headers.get("authorization")).toBe("Bearer re_test");
  expect(await request?.json()).toEqual({
    from: "Mirubato <a@b.c>",
    to: ["ada@example.com"],
    subject: "Sign in",
    text: "link",
    html: "<p>link</p>",
  });
});

test("throws with the status only when Resend refuses", async () => {
  const { fetchFake } = fakeFetch(422);
  const sender = createResendEmailSender({ apiKey: "re_test", from: "a@b.c", fetch: fetchFake });
  await expect(sender.send(message)).rejects.toThrow("Resend answered 422");
  await expect(sender.send(message)).rejects.not.toThrow(/ada@example.com/);
});
