import { useEffect, useRef, useState } from "react";

/** The rendered width of an element (for drawing SVG at its real size), updated as it resizes. */
export function useElementWidth<Element extends HTMLElement>(initialWidth: number) {
  const ref = useRef<Element>(null);
  const [width, setWidth] = useState(initialWidth);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(Math.max(200, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
