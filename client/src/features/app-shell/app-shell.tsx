import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n-context";
import type { RouterContext } from "../../router-context";
import { ToastProvider, ToastViewport } from "../../ui/toast";
import { PwaPrompt } from "../pwa/pwa-prompt";
import { MergedNotice } from "../sync-status/merged-notice";
import { SyncStatusIndicator } from "../sync-status/sync-status-indicator";
import { RunningTimerLink } from "../timer/running-timer-link";
import { TimerProvider } from "../timer/timer-context";
import { ConnectionStatus } from "./connection-status";
import { LogoMark } from "./logo-mark";
import { MainNav } from "./main-nav";
import "./app-shell.css";

type AppShellProps = RouterContext & { children: ReactNode };

/**
 * Layout around every page: skip link, brand, running timer and connection status, navigation,
 * main, toasts. The toast queue and the practice timer live here so they outlast page changes.
 */
export function AppShell(props: AppShellProps) {
  return (
    <ToastProvider>
      <TimerProvider>
        <ShellLayout {...props} />
      </TimerProvider>
    </ToastProvider>
  );
}

function ShellLayout({ onlineStatus, pwa, children }: AppShellProps) {
  const t = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <div className="shell__sidebar">
        <header className="shell__header">
          <Link to="/" className="wordmark" aria-label={t("shell.homeLink")} activeOptions={{ exact: true }}>
            <LogoMark />
            <span className="wordmark__text">{t("app.name")}</span>
          </Link>
          <div className="shell__header-status">
            <RunningTimerLink />
            <ConnectionStatus store={onlineStatus} />
          </div>
        </header>
        <SyncStatusIndicator />
        <MainNav />
      </div>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
      <div className="toast-region">
        <PwaPrompt store={pwa} />
        <MergedNotice />
        <ToastViewport />
      </div>
    </div>
  );
}
