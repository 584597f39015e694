/**
 * Applies the theme as `data-theme="light" | "dark"` on <html>; global.css swaps its colour tokens
 * on it. "System" is resolved here from `prefers-color-scheme`, so the CSS has one dark block.
 */
import type { Theme } from "@mirubato/schema";

export type ResolvedTheme = "light" | "dark";

/**
 * @example
 * resolveTheme("system", true); // "dark"
 */
export function resolveTheme(theme: Theme, isSystemDark: boolean): ResolvedTheme {
  if (theme === "system") return isSystemDark ? "dark" : "light";
  return theme;
}

const darkQuery = "(prefers-color-scheme: dark)";

/**
 * Sets the theme on the document now and, for "system", follows the OS setting as it changes.
 * Returns a function that stops following it.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): () => void {
  const media = window.matchMedia(darkQuery);
  const apply = () => {
    const resolved = resolveTheme(theme, media.matches);
    root.dataset.theme = resolved;
    root.style.colorScheme = resolved;
  };
  apply();
  if (theme !== "system") return () => {};
  media.addEventListener("change", apply);
  return () => media.removeEventListener("change", apply);
}
