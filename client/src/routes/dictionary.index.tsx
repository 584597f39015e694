import { createFileRoute } from "@tanstack/react-router";
import { DictionaryProvider } from "../features/dictionary/dictionary-context";
import { DictionaryPage } from "../features/dictionary/dictionary-page";
import { dictionarySearchSchema } from "../features/dictionary/dictionary-term-params";

export const Route = createFileRoute("/dictionary/")({
  validateSearch: (search) => dictionarySearchSchema.parse(search),
  component: DictionaryRoute,
});

function DictionaryRoute() {
  const { onlineStatus } = Route.useRouteContext();
  const { lang = "en" } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <DictionaryProvider onlineStatus={onlineStatus}>
      <DictionaryPage
        lang={lang}
        onLangChange={(next) => navigate({ search: { lang: next }, replace: true })}
      />
    </DictionaryProvider>
  );
}
