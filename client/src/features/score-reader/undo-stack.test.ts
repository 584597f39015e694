import { describe, expect, test } from "vitest";
import { emptyUndoStack, inverseKind, pushAction, takeRedo, takeUndo } from "./undo-stack";

describe("undo stack", () => {
  test("undo takes the latest action and redo gives it back", () => {
    let stack = pushAction(emptyUndoStack, { kind: "create", ids: ["a"] });
    stack = pushAction(stack, { kind: "delete", ids: ["b", "c"] });
    const undone = takeUndo(stack);
    expect(undone?.action).toEqual({ kind: "delete", ids: ["b", "c"] });
    const redone = undone === undefined ? undefined : takeRedo(undone.stack);
    expect(redone?.action).toEqual({ kind: "delete", ids: ["b", "c"] });
    expect(redone?.stack.done).toHaveLength(2);
  });

  test("a new action clears what could be redone", () => {
    const stack = pushAction(emptyUndoStack, { kind: "create", ids: ["a"] });
    const undone = takeUndo(stack);
    const after = pushAction(undone?.stack ?? stack, { kind: "create", ids: ["b"] });
    expect(takeRedo(after)).toBeUndefined();
  });

  test("nothing to undo or redo on an empty stack, and empty actions are ignored", () => {
    expect(takeUndo(emptyUndoStack)).toBeUndefined();
    expect(takeRedo(emptyUndoStack)).toBeUndefined();
    expect(pushAction(emptyUndoStack, { kind: "create", ids: [] })).toBe(emptyUndoStack);
  });

  test("undoing a create deletes and undoing a delete restores", () => {
    expect(inverseKind("create")).toBe("delete");
    expect(inverseKind("delete")).toBe("create");
  });
});
