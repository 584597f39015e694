import { createFileRoute } from "@tanstack/react-router";
import { PracticePage } from "../features/timer/practice-page";

export const Route = createFileRoute("/practice")({ component: PracticePage });
