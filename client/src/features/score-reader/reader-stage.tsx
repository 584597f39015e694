import type { AnnotationDoc } from "@mirubato/schema";
import type { DeepReadonly } from "rxdb";
import { useT } from "../../i18n/i18n-context";
import { AnnotationLayer } from "./annotation-layer";
import type { ToolSettings } from "./annotation-tools";
import { PageFrame } from "./page-frame";
import { pagesOf, type View } from "./page-layout";
import type { PageRenderCache } from "./page-render-cache";
import type { NewMark } from "./use-annotations";

export interface StageProps {
  readonly view: View;
  readonly widthOf: (pageIndex: number) => number;
  readonly aspectOf: (pageIndex: number) => number;
  readonly pages: PageRenderCache;
  readonly annotationsOf: (pageIndex: number) => readonly DeepReadonly<AnnotationDoc>[];
  readonly settings: ToolSettings | undefined;
  readonly onAdd: (marks: readonly NewMark[]) => void;
  readonly onErase: (ids: readonly string[]) => void;
}

/** The pages of the current view: one, a spread, or forScore's half-and-half. */
export function ReaderStage(props: StageProps) {
  const t = useT();
  const { view, widthOf, aspectOf, pages } = props;
  const frame = (pageIndex: number) => (
    <PageFrame
      key={pageIndex}
      width={widthOf(pageIndex)}
      aspect={aspectOf(pageIndex)}
      image={pages.get(pageIndex)}
      label={t("reader.pageImage", { page: pageIndex + 1 })}
    >
      <AnnotationLayer
        pageIndex={pageIndex}
        aspect={aspectOf(pageIndex)}
        annotations={props.annotationsOf(pageIndex)}
        settings={props.settings}
        onAdd={props.onAdd}
        onErase={props.onErase}
      />
    </PageFrame>
  );
  if (view.kind !== "half") return <div className="reader-spread">{pagesOf(view).map(frame)}</div>;
  const halfHeight = (pageIndex: number) => (widthOf(pageIndex) * aspectOf(pageIndex)) / 2;
  return (
    <div className="reader-half">
      <div className="reader-half__part" style={{ height: halfHeight(view.top) }}>
        {frame(view.top)}
      </div>
      <div className="reader-half__part" style={{ height: halfHeight(view.bottom) }}>
        <div style={{ marginTop: -halfHeight(view.bottom) }}>{frame(view.bottom)}</div>
      </div>
    </div>
  );
}
