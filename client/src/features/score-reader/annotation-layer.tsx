import type { AnnotationDoc } from "@mirubato/schema";
import { type PointerEvent, useRef, useState } from "react";
import type { DeepReadonly } from "rxdb";
import { useT } from "../../i18n/i18n-context";
import { AnnotationMarks } from "./annotation-marks";
import {
  eraserRadius,
  hasStampLabel,
  highlighterWidth,
  penWidth,
  type ToolSettings,
} from "./annotation-tools";
import {
  addSmoothedPoint,
  clampPoint,
  finishStroke,
  hitsMark,
  type Point,
  splitStroke,
  strokePath,
} from "./stroke-geometry";
import type { NewMark } from "./use-annotations";

export interface AnnotationLayerProps {
  readonly pageIndex: number;
  readonly aspect: number;
  readonly annotations: readonly DeepReadonly<AnnotationDoc>[];
  /** Undefined when not editing: the layer then lets taps and swipes through to the reader. */
  readonly settings: ToolSettings | undefined;
  readonly onAdd: (marks: readonly NewMark[]) => void;
  readonly onErase: (ids: readonly string[]) => void;
}

/** One page's marks, and while editing, the surface the pen, eraser, text and stamps work on. */
export function AnnotationLayer({
  pageIndex,
  aspect,
  annotations,
  settings,
  onAdd,
  onErase,
}: AnnotationLayerProps) {
  const t = useT();
  const [stroke, setStroke] = useState<Point[]>();
  const [erased, setErased] = useState<ReadonlySet<string>>(new Set());
  const [textAt, setTextAt] = useState<Point>();
  const lastRaw = useRef<Point>(undefined);
  const pointOf = (event: PointerEvent<SVGSVGElement>): Point => {
    const box = event.currentTarget.getBoundingClientRect();
    return clampPoint([(event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height]);
  };
  const erase = (at: Point) => {
    const hits = annotations.filter(
      (annotation) => !erased.has(annotation.id) && hitsMark(annotation.mark, at, eraserRadius, aspect),
    );
    if (hits.length > 0) setErased((current) => new Set([...current, ...hits.map((hit) => hit.id)]));
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (settings === undefined || !event.isPrimary) return;
    event.stopPropagation();
    const at = pointOf(event);
    if (settings.tool === "pen" || settings.tool === "highlighter" || settings.tool === "eraser") {
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    if (settings.tool === "pen" || settings.tool === "highlighter") {
      lastRaw.current = at;
      setStroke([at]);
    } else if (settings.tool === "eraser") {
      erase(at);
    } else if (settings.tool === "text") {
      // The mousedown that follows would move focus off the new field, whose blur closes it.
      event.preventDefault();
      setTextAt(at);
    } else {
      const label = hasStampLabel(settings.stamp) ? settings.stampLabel.trim().slice(0, 20) : "";
      onAdd([
        {
          pageIndex,
          mark: { kind: "stamp", x: at[0], y: at[1], stamp: settings.stamp, ...(label ? { label } : {}) },
        },
      ]);
    }
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (settings === undefined || !event.isPrimary) return;
    const at = pointOf(event);
    if (stroke !== undefined) {
      lastRaw.current = at;
      setStroke(addSmoothedPoint(stroke, at));
    } else if (settings.tool === "eraser" && event.buttons > 0) {
      erase(at);
    }
  };
  const onPointerUp = () => {
    if (settings === undefined) return;
    if (stroke !== undefined) {
      const isHighlighter = settings.tool === "highlighter";
      const points = finishStroke(stroke, lastRaw.current);
      const mark = {
        kind: "stroke",
        color: settings.color,
        widthRatio: isHighlighter ? highlighterWidth : penWidth,
      } as const;
      onAdd(splitStroke(points).map((chunk) => ({ pageIndex, mark: { ...mark, points: chunk } })));
      setStroke(undefined);
    }
    if (erased.size > 0) {
      onErase([...erased]);
      setErased(new Set());
    }
  };
  const commitText = (text: string) => {
    const trimmed = text.trim().slice(0, 500);
    if (textAt !== undefined && trimmed !== "" && settings !== undefined) {
      onAdd([
        {
          pageIndex,
          mark: { kind: "text", x: textAt[0], y: textAt[1], text: trimmed, color: settings.color },
        },
      ]);
    }
    setTextAt(undefined);
  };

  const shown =
    erased.size === 0 ? annotations : annotations.filter((annotation) => !erased.has(annotation.id));
  const isHighlighter = settings?.tool === "highlighter";
  return (
    <>
      <svg
        className={settings === undefined ? "annotation-layer" : "annotation-layer annotation-layer--editing"}
        viewBox={`0 0 1 ${aspect}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        data-page-index={pageIndex}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <AnnotationMarks annotations={shown} aspect={aspect} />
        {stroke === undefined || settings === undefined ? null : (
          <path
            d={strokePath(stroke, aspect)}
            stroke={settings.color}
            strokeWidth={isHighlighter ? highlighterWidth : penWidth}
            strokeOpacity={isHighlighter ? 0.35 : 1}
            className="annotation-mark"
          />
        )}
      </svg>
      {textAt === undefined ? null : (
        <input
          className="annotation-text-input"
          style={{ left: `${textAt[0] * 100}%`, top: `${textAt[1] * 100}%` }}
          aria-label={t("reader.textToAdd")}
          maxLength={500}
          // biome-ignore lint/a11y/noAutofocus: the musician just tapped where the text goes.
          autoFocus
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === "Enter") commitText(event.currentTarget.value);
            if (event.key === "Escape") setTextAt(undefined);
          }}
          onBlur={(event) => commitText(event.currentTarget.value)}
        />
      )}
    </>
  );
}
