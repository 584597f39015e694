import { createFileRoute } from "@tanstack/react-router";
import { TunerPage } from "../features/tuner/tuner-page";

export const Route = createFileRoute("/toolbox/tuner")({ component: TunerPage });
