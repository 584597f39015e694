import type { AnnotationDoc } from "@mirubato/schema";
import type { DeepReadonly } from "rxdb";
import { stampText } from "./annotation-tools";
import { isHighlighterStroke, strokePath } from "./stroke-geometry";

/** Marks of one page in an SVG whose viewBox is 1 wide and `aspect` high (page coordinates). */
export function AnnotationMarks({
  annotations,
  aspect,
}: {
  readonly annotations: readonly DeepReadonly<AnnotationDoc>[];
  readonly aspect: number;
}) {
  return annotations.map(({ id, mark }) => {
    if (mark.kind === "stroke") {
      const isHighlighter = isHighlighterStroke(mark.widthRatio);
      return (
        <path
          key={id}
          d={strokePath(mark.points, aspect)}
          stroke={mark.color}
          strokeWidth={mark.widthRatio}
          strokeOpacity={isHighlighter ? 0.35 : 1}
          className={isHighlighter ? "annotation-mark annotation-mark--highlighter" : "annotation-mark"}
          data-mark="stroke"
        />
      );
    }
    if (mark.kind === "text") {
      return (
        <text key={id} x={mark.x} y={mark.y * aspect} fill={mark.color} fontSize={0.028} data-mark="text">
          {mark.text}
        </text>
      );
    }
    return (
      <text
        key={id}
        x={mark.x}
        y={mark.y * aspect}
        className={`annotation-stamp annotation-stamp--${mark.stamp}`}
        fontSize={0.035}
        textAnchor="middle"
        dominantBaseline="central"
        data-mark="stamp"
        data-stamp={mark.stamp}
      >
        {stampText(mark)}
      </text>
    );
  });
}
