import { type DragEvent, useCallback, useRef, useState } from "react";

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes("Files");
}

/**
 * Drag-and-drop of files onto an area: whether files are being dragged over it (to show where to
 * drop) and the handlers to spread on it. Counting enter/leave keeps the state right while the
 * pointer crosses the area's children.
 */
export function useFileDrop(onFiles: (files: File[]) => void, isEnabled: boolean) {
  const [isDragging, setIsDragging] = useState(false);
  const depth = useRef(0);
  const onDragEnter = useCallback(
    (event: DragEvent) => {
      if (!isEnabled || !hasFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setIsDragging(true);
    },
    [isEnabled],
  );
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!isEnabled || !hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    },
    [isEnabled],
  );
  const onDragLeave = useCallback(() => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setIsDragging(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!isEnabled || !hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setIsDragging(false);
      onFiles([...event.dataTransfer.files]);
    },
    [isEnabled, onFiles],
  );
  return { isDragging, dropProps: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
