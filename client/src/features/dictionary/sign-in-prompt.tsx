import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/messages/en";

/** What a signed-out musician needs to do before contributing: a sentence and the way to sign in. */
export function SignInPrompt({ reason }: { reason: MessageKey }) {
  const t = useT();
  return (
    <p className="dictionary__note">
      {t(reason)} <Link to="/account">{t("dictionary.signInLink")}</Link>
    </p>
  );
}
