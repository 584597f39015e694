import { type DragEvent, useCallback, useRef, useState } from "react";

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes("Files");
}

/**
 * Drag-and-drop of files onto an area: whether files are being dragged over it (to show where to
 * drop) and the handlers to spread on it. Counting enter/leave keeps the state right while the
 * pointer crosses the area's children. While disabled (signed out) a drop is still caught, so the
 * browser does not leave the app to open the dropped PDF.
 */
export function useFileDrop(onFiles: (files: File[]) => void, isEnabled: boolean) {
  const [isDragging, setIsDragging] = useState(false);
  const depth = useRef(0);
  const onDragEnter = useCallback(
    (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setIsDragging(isEnabled);
    },
    [isEnabled],
  );
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = isEnabled ? "copy" : "none";
    },
    [isEnabled],
  );
  const onDragLeave = useCallback(() => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setIsDragging(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setIsDragging(false);
      if (isEnabled) onFiles([...event.dataTransfer.files]);
    },
    [isEnabled, onFiles],
  );
  return { isDragging, dropProps: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
