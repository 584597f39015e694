import { type ReactNode, useLayoutEffect, useRef } from "react";

/**
 * One page at its display size: the pre-rendered canvas is moved in (a swap, no painting) and
 * the annotation layer lies over it at the same size.
 */
export function PageFrame({
  width,
  aspect,
  canvas,
  label,
  children,
}: {
  readonly width: number;
  readonly aspect: number;
  readonly canvas: HTMLCanvasElement | undefined;
  readonly label: string;
  readonly children: ReactNode;
}) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (element === null) return;
    if (canvas === undefined) element.replaceChildren();
    else if (element.firstChild !== canvas) element.replaceChildren(canvas);
  }, [canvas]);
  return (
    <figure
      className="reader-page"
      aria-label={label}
      style={{ width, height: width * aspect }}
      data-rendered={canvas !== undefined}
    >
      <div ref={host} className="reader-page__canvas" />
      {children}
    </figure>
  );
}
