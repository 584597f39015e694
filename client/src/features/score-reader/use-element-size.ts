import { type RefObject, useLayoutEffect, useState } from "react";

/** The content-box size of an element in whole CSS pixels, following resizes and rotation. */
export function useElementSize(element: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const target = element.current;
    if (target === null) return;
    const measure = () =>
      setSize((current) => {
        const width = Math.floor(target.clientWidth);
        const height = Math.floor(target.clientHeight);
        return current.width === width && current.height === height ? current : { width, height };
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
