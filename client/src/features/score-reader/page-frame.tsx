import { type ReactNode, useLayoutEffect, useRef } from "react";

/**
 * One page at its display size: the pre-rendered image is moved in (a swap, no painting) and
 * the annotation layer lies over it at the same size.
 */
export function PageFrame({
  width,
  aspect,
  image,
  label,
  children,
}: {
  readonly width: number;
  readonly aspect: number;
  readonly image: HTMLImageElement | undefined;
  readonly label: string;
  readonly children: ReactNode;
}) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (element === null) return;
    if (image === undefined) element.replaceChildren();
    else if (element.firstChild !== image) element.replaceChildren(image);
  }, [image]);
  return (
    <figure
      className="reader-page"
      aria-label={label}
      style={{ width, height: width * aspect }}
      data-rendered={image !== undefined}
    >
      <div ref={host} className="reader-page__image" />
      {children}
    </figure>
  );
}
