import { createFileRoute } from "@tanstack/react-router";
import { CounterPage } from "../features/repetition-counter/counter-page";

export const Route = createFileRoute("/toolbox/counter")({ component: CounterPage });
