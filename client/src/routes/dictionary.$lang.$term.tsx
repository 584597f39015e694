import { createFileRoute } from "@tanstack/react-router";
import { DictionaryProvider } from "../features/dictionary/dictionary-context";
import { DictionaryTermPage } from "../features/dictionary/dictionary-term-page";
import { dictionaryTermParamsSchema } from "../features/dictionary/dictionary-term-params";

export const Route = createFileRoute("/dictionary/$lang/$term")({
  // A language we do not serve is not a page: returning false makes the router render the 404.
  params: {
    parse: (raw) => {
      const parsed = dictionaryTermParamsSchema.safeParse(raw);
      return parsed.success ? parsed.data : false;
    },
    stringify: (params) => params,
  },
  component: DictionaryTermRoute,
});

function DictionaryTermRoute() {
  const { onlineStatus } = Route.useRouteContext();
  const { lang, term } = Route.useParams();
  return (
    <DictionaryProvider onlineStatus={onlineStatus}>
      <DictionaryTermPage lang={lang} term={term} />
    </DictionaryProvider>
  );
}
