import { idSchema } from "@mirubato/schema";
import { createFileRoute } from "@tanstack/react-router";
import { z } from "zod";
import { ScoreReaderPage } from "../features/score-reader/score-reader-page";

const scoreParamsSchema = z.object({ scoreId: idSchema });
const readerSearchSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  setlist: idSchema.optional().catch(undefined),
});

export const Route = createFileRoute("/scores/$scoreId")({
  // An id that is not a UUIDv7 cannot be a score: returning false renders the 404 page.
  params: {
    parse: (raw) => {
      const parsed = scoreParamsSchema.safeParse(raw);
      return parsed.success ? parsed.data : false;
    },
    stringify: (params) => params,
  },
  validateSearch: readerSearchSchema,
  component: ScoreReaderRoute,
});

function ScoreReaderRoute() {
  const { scoreId } = Route.useParams();
  const { page, setlist } = Route.useSearch();
  // A new score (the setlist's next) is a new reader: nothing of the last one's state carries over.
  return <ScoreReaderPage key={scoreId} scoreId={scoreId} page={page} setlistId={setlist} />;
}
