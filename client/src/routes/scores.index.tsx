import { createFileRoute } from "@tanstack/react-router";
import { ScoresLibraryPage } from "../features/scores-library/scores-library-page";

export const Route = createFileRoute("/scores/")({ component: ScoresLibraryPage });
