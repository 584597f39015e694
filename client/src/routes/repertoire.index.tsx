import { createFileRoute } from "@tanstack/react-router";
import { RepertoirePage } from "../features/repertoire/repertoire-page";

export const Route = createFileRoute("/repertoire/")({ component: RepertoirePage });
