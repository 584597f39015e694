import type { AnnotationDoc, AnnotationMark } from "@mirubato/schema";
import { useCallback, useMemo, useRef, useState } from "react";
import type { DeepReadonly } from "rxdb";
import { useDatabase, useRepository } from "../../db/database-context";
import { createDeviceClock } from "../../db/device-clock";
import { createDocumentRestorer } from "../../db/restore-document";
import { useQuery } from "../../db/use-query";
import {
  type AnnotationAction,
  emptyUndoStack,
  inverseKind,
  pushAction,
  takeRedo,
  takeUndo,
} from "./undo-stack";

export interface NewMark {
  readonly pageIndex: number;
  readonly mark: AnnotationMark;
}

/**
 * A score's annotations, live (marks drawn on another device appear as they sync), and the
 * session's writes with undo/redo. Each mark is its own synced document; erasing is a soft delete.
 */
export function useAnnotations(scoreId: string, layer: string) {
  const repository = useRepository();
  const state = useDatabase();
  const database = state.status === "ready" ? state.database : undefined;
  const restorer = useMemo(
    () =>
      database === undefined
        ? undefined
        : createDocumentRestorer(database, createDeviceClock(window.localStorage)),
    [database],
  );
  const { documents } = useQuery(
    "annotations",
    (annotations) => annotations.find({ selector: { scoreId } }),
    [scoreId],
  );
  const byPage = useMemo(() => {
    const pages = new Map<number, DeepReadonly<AnnotationDoc>[]>();
    for (const annotation of documents) {
      const list = pages.get(annotation.pageIndex) ?? [];
      list.push(annotation);
      pages.set(annotation.pageIndex, list);
    }
    return pages;
  }, [documents]);
  const layers = useMemo(() => [...new Set(documents.map((annotation) => annotation.layer))], [documents]);
  const [stack, setStack] = useState(emptyUndoStack);
  const stackRef = useRef(stack);
  stackRef.current = stack;

  const apply = useCallback(
    async (kind: AnnotationAction["kind"], ids: readonly string[], isRestore: boolean) => {
      for (const id of ids) {
        if (kind === "delete") await repository?.deleteDocument("annotations", id);
        else if (isRestore) await restorer?.("annotations", id);
      }
    },
    [repository, restorer],
  );

  const addMarks = useCallback(
    async (marks: readonly NewMark[]) => {
      if (repository === undefined) return;
      const ids: string[] = [];
      for (const { pageIndex, mark } of marks) {
        const written = await repository.createDocument("annotations", { scoreId, pageIndex, layer, mark });
        if (written.ok) ids.push(written.document.id);
      }
      setStack((current) => pushAction(current, { kind: "create", ids }));
    },
    [repository, scoreId, layer],
  );

  const eraseMarks = useCallback(
    async (ids: readonly string[]) => {
      await apply("delete", ids, false);
      setStack((current) => pushAction(current, { kind: "delete", ids }));
    },
    [apply],
  );

  const undo = useCallback(async () => {
    const taken = takeUndo(stackRef.current);
    if (taken === undefined) return;
    setStack(taken.stack);
    await apply(inverseKind(taken.action.kind), taken.action.ids, true);
  }, [apply]);

  const redo = useCallback(async () => {
    const taken = takeRedo(stackRef.current);
    if (taken === undefined) return;
    setStack(taken.stack);
    await apply(taken.action.kind, taken.action.ids, true);
  }, [apply]);

  return {
    byPage,
    layers,
    addMarks,
    eraseMarks,
    undo,
    redo,
    canUndo: stack.done.length > 0,
    canRedo: stack.undone.length > 0,
  };
}
