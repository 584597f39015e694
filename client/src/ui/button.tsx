import type { ComponentProps } from "react";
import "./ui.css";

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

type ButtonProps = ComponentProps<"button"> & { readonly variant?: ButtonVariant };

/**
 * The app's button: `type="button"` unless told otherwise, so a button inside a form never submits
 * it by accident. Variants only change its look; the accessible name is always its text or label.
 */
export function Button({ variant = "secondary", type = "button", className, ...rest }: ButtonProps) {
  const classes = ["button", `button--${variant}`, className].filter(Boolean).join(" ");
  return <button type={type} className={classes} {...rest} />;
}
