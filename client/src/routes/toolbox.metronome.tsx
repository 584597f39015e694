import { createFileRoute } from "@tanstack/react-router";
import { MetronomePage } from "../features/metronome/metronome-page";

export const Route = createFileRoute("/toolbox/metronome")({ component: MetronomePage });
