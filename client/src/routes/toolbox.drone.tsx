import { createFileRoute } from "@tanstack/react-router";
import { DronePage } from "../features/drone/drone-page";

export const Route = createFileRoute("/toolbox/drone")({ component: DronePage });
