import type { ScoreDoc } from "@mirubato/schema";
import { useNavigate } from "@tanstack/react-router";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DeepReadonly } from "rxdb";
import { useT } from "../../i18n/i18n-context";
import { AnnotationToolbar } from "./annotation-toolbar";
import { defaultLayers, type ToolSettings } from "./annotation-tools";
import { pagesAround, pagesOf, shouldAutoTwoUp } from "./page-layout";
import { createPageRenderCache } from "./page-render-cache";
import type { PageSource } from "./page-source";
import type { ReaderCommand } from "./reader-commands";
import { loadReaderOptions, type ReaderOptions, saveReaderOptions } from "./reader-options";
import { ReaderStage } from "./reader-stage";
import { ReaderToolbar } from "./reader-toolbar";
import { SetlistNotice } from "./setlist-notice";
import { useAnnotations } from "./use-annotations";
import { useAutoScroll } from "./use-auto-scroll";
import { useElementSize } from "./use-element-size";
import { useReaderInput } from "./use-reader-input";
import { useReaderNavigation } from "./use-reader-navigation";
import { useReadingPosition } from "./use-reading-position";
import { useSetlistNeighbours } from "./use-setlist-neighbours";
import { useWakeLock } from "./use-wake-lock";

const initialTools: ToolSettings = { tool: "pen", color: "#1b1b1f", stamp: "breath", stampLabel: "" };

export interface ReaderViewProps {
  readonly score: DeepReadonly<ScoreDoc>;
  readonly source: PageSource;
  readonly initialPage: number;
  readonly setlistId: string | undefined;
}

/** The open score: pages, turns, chrome, annotations and performance mode. */
export function ReaderView({ score, source, initialPage, setlistId }: ReaderViewProps) {
  const t = useT();
  const navigate = useNavigate();
  const stageRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageRef);
  const [options, setOptionsState] = useState(loadReaderOptions);
  const setOptions = useCallback((next: ReaderOptions) => {
    setOptionsState(next);
    saveReaderOptions(next);
  }, []);
  const [isPerforming, setIsPerforming] = useState(false);
  const [isAnnotating, setIsAnnotating] = useState(false);
  const [isAutoScrolling, setIsAutoScrolling] = useState(false);
  const [tools, setTools] = useState(initialTools);
  const [activeLayer, setActiveLayer] = useState<string>(defaultLayers[0]);
  const [hiddenLayers, setHiddenLayers] = useState<ReadonlySet<string>>(new Set());

  const isTwoUp =
    options.twoUp === "on" ||
    (options.twoUp === "auto" &&
      size.width > 0 &&
      shouldAutoTwoUp(size.width, size.height, 1 / source.aspectOf(0)));
  const fit = isAutoScrolling ? "width" : options.fit;
  const neighbours = useSetlistNeighbours(score.id, setlistId);
  const openScore = (scoreId: string, page: number) =>
    void navigate({ to: "/scores/$scoreId", params: { scoreId }, search: { page, setlist: setlistId } });
  const next = neighbours?.next;
  const previous = neighbours?.previous;
  const navigation = useReaderNavigation(
    source.pageCount,
    initialPage,
    { isTwoUp, isHalfPage: options.isHalfPage },
    {
      onPastEnd: next === undefined ? undefined : () => openScore(next.id, 1),
      onBeforeStart:
        previous === undefined ? undefined : () => openScore(previous.id, previous.pageCount ?? 9999),
    },
  );
  const { view, views, viewIndex, pageIndex } = navigation;
  useReadingPosition(score.id, pageIndex);
  useWakeLock(isPerforming);

  const [, setRenderedCount] = useState(0);
  const [hasRenderError, setHasRenderError] = useState(false);
  const pixelRatio = globalThis.devicePixelRatio || 1;
  const widthOf = useCallback(
    (page: number) => {
      const column = isTwoUp ? Math.floor(size.width / 2) : size.width;
      if (fit === "width") return Math.max(1, column);
      return Math.max(1, Math.floor(Math.min(column, size.height / source.aspectOf(page))));
    },
    [isTwoUp, fit, size.width, size.height, source],
  );
  const pages = useMemo(
    () =>
      createPageRenderCache(
        source,
        widthOf,
        pixelRatio,
        () => setRenderedCount((count) => count + 1),
        () => setHasRenderError(true),
      ),
    [source, widthOf, pixelRatio],
  );
  useEffect(() => () => pages.dispose(), [pages]);
  useEffect(() => {
    if (size.width > 0) pages.keepOnly(pagesAround(views, viewIndex));
  }, [pages, views, viewIndex, size.width]);
  useEffect(() => {
    if (stageRef.current !== null && !isAutoScrolling) stageRef.current.scrollTop = 0;
  }, [viewIndex, isAutoScrolling]);

  const annotations = useAnnotations(score.id, activeLayer);
  const layers = [...new Set([...defaultLayers, ...annotations.layers])];
  const annotationsOf = (page: number) =>
    (annotations.byPage.get(page) ?? []).filter((annotation) => !hiddenLayers.has(annotation.layer));
  const isEditing = isAnnotating && !isPerforming;

  const run = (command: ReaderCommand) => {
    if (command === "exit") {
      if (isPerforming) setIsPerforming(false);
      else setIsAnnotating(false);
      return;
    }
    navigation.run(command);
  };
  const input = useReaderInput(
    run,
    isEditing ? (isRedo) => void (isRedo ? annotations.redo() : annotations.undo()) : undefined,
  );
  useAutoScroll(stageRef, isAutoScrolling, options.scrollSpeed, () => navigation.run("next"));

  const shown = pagesOf(view);
  const isRendered = size.width > 0 && shown.every((page) => pages.get(page) !== undefined);
  const first = (shown[0] ?? 0) + 1;
  const last = (shown.at(-1) ?? 0) + 1;
  const pageLabel =
    first === last
      ? t("reader.pageOf", { page: first, count: source.pageCount })
      : t("reader.pagesOf", {
          page: Math.min(first, last),
          last: Math.max(first, last),
          count: source.pageCount,
        });

  return (
    <div className={isPerforming ? "reader reader--performing" : "reader"}>
      {isPerforming ? (
        <button type="button" className="reader__exit-perform" onClick={() => setIsPerforming(false)}>
          {t("reader.exitPerform")}
        </button>
      ) : (
        <ReaderToolbar
          title={score.title}
          fileId={score.fileId ?? ""}
          pageLabel={pageLabel}
          pageCount={source.pageCount}
          options={options}
          onOptions={setOptions}
          isAutoScrolling={isAutoScrolling}
          onAutoScroll={setIsAutoScrolling}
          isAnnotating={isAnnotating}
          onAnnotate={setIsAnnotating}
          onPerform={() => setIsPerforming(true)}
          onPrevious={() => run("previous")}
          onNext={() => run("next")}
          onGoToPage={navigation.goToPage}
        />
      )}
      {isEditing ? (
        <AnnotationToolbar
          settings={tools}
          onSettings={setTools}
          layers={layers}
          activeLayer={activeLayer}
          onActiveLayer={setActiveLayer}
          hiddenLayers={hiddenLayers}
          onLayerShown={(layer, isShown) =>
            setHiddenLayers((current) => {
              const nextHidden = new Set(current);
              if (isShown) nextHidden.delete(layer);
              else nextHidden.add(layer);
              return nextHidden;
            })
          }
          canUndo={annotations.canUndo}
          canRedo={annotations.canRedo}
          onUndo={() => void annotations.undo()}
          onRedo={() => void annotations.redo()}
          onDone={() => setIsAnnotating(false)}
        />
      ) : null}
      <div
        ref={stageRef}
        className={fit === "width" ? "reader__stage reader__stage--scroll" : "reader__stage"}
        data-page-index={pageIndex}
        data-rendered={isRendered}
        {...input}
      >
        {hasRenderError ? <p role="alert">{t("reader.renderFailed")}</p> : null}
        {size.width > 0 ? (
          <ReaderStage
            view={view}
            widthOf={widthOf}
            aspectOf={source.aspectOf}
            pages={pages}
            annotationsOf={annotationsOf}
            settings={isEditing ? tools : undefined}
            onAdd={(marks) => void annotations.addMarks(marks)}
            onErase={(ids) => void annotations.eraseMarks(ids)}
          />
        ) : null}
      </div>
      {neighbours !== undefined && navigation.isLastView ? (
        <SetlistNotice next={neighbours.next} onOpen={(scoreId) => openScore(scoreId, 1)} />
      ) : null}
    </div>
  );
}
