import { createFileRoute } from "@tanstack/react-router";
import { CircleOfFifthsPage } from "../features/circle-of-fifths/circle-of-fifths-page";

export const Route = createFileRoute("/toolbox/circle-of-fifths")({ component: CircleOfFifthsPage });
