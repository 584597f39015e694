import { createFileRoute } from "@tanstack/react-router";
import { ToolboxPage } from "../features/toolbox/toolbox-page";

export const Route = createFileRoute("/toolbox/")({ component: ToolboxPage });
