import { idSchema } from "@mirubato/schema";
import { createFileRoute } from "@tanstack/react-router";
import { z } from "zod";
import { PiecePage } from "../features/repertoire/piece-page";

const pieceParamsSchema = z.object({ pieceId: idSchema });

export const Route = createFileRoute("/repertoire/$pieceId")({
  // An id that is not a UUIDv7 cannot be a piece: returning false renders the 404 page.
  params: {
    parse: (raw) => {
      const parsed = pieceParamsSchema.safeParse(raw);
      return parsed.success ? parsed.data : false;
    },
    stringify: (params) => params,
  },
  component: PieceRoute,
});

function PieceRoute() {
  const { pieceId } = Route.useParams();
  return <PiecePage pieceId={pieceId} />;
}
