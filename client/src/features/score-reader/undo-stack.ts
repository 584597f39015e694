/**
 * This session's annotation actions, for undo and redo. An action is a set of marks created or
 * deleted together (a long stroke split in chunks is one action, so is an eraser drag). Undo of
 * a create deletes; undo of a delete restores the same documents (see db/restore-document.ts),
 * so nothing is duplicated on other devices.
 */
export interface AnnotationAction {
  readonly kind: "create" | "delete";
  readonly ids: readonly string[];
}

export interface UndoStack {
  readonly done: readonly AnnotationAction[];
  readonly undone: readonly AnnotationAction[];
}

export const emptyUndoStack: UndoStack = { done: [], undone: [] };
/** Enough for a rehearsal's worth of marks; older actions stay, only their undo is forgotten. */
const maxActions = 200;

export function pushAction(stack: UndoStack, action: AnnotationAction): UndoStack {
  if (action.ids.length === 0) return stack;
  return { done: [...stack.done, action].slice(-maxActions), undone: [] };
}

/** The action to reverse and the stack after it; `undefined` when there is nothing to undo. */
export function takeUndo(stack: UndoStack): { action: AnnotationAction; stack: UndoStack } | undefined {
  const action = stack.done.at(-1);
  if (action === undefined) return undefined;
  return { action, stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, action] } };
}

export function takeRedo(stack: UndoStack): { action: AnnotationAction; stack: UndoStack } | undefined {
  const action = stack.undone.at(-1);
  if (action === undefined) return undefined;
  return { action, stack: { done: [...stack.done, action], undone: stack.undone.slice(0, -1) } };
}

/** What reversing an action writes: a create is undone by deleting, a delete by restoring. */
export const inverseKind = (kind: AnnotationAction["kind"]) => (kind === "create" ? "delete" : "create");
