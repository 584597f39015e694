import type { PieceDoc } from "@mirubato/schema";
import { type FormEvent, useRef, useState } from "react";
import {
  type EntryFormBase,
  type EntryFormErrors,
  type EntryFormValues,
  validateEntryForm,
} from "./entry-form-values";
import {
  choosePiece,
  findProbableDuplicate,
  type ProbableDuplicate,
  resolveDuplicate,
} from "./piece-choices";
import { type SaveEntryResult, useEntryActions } from "./use-entry-actions";

interface UseEntryFormOptions {
  readonly initial: EntryFormValues;
  readonly base: EntryFormBase;
  readonly editingId: string | undefined;
  readonly pieces: readonly PieceDoc[];
  readonly onSaved: () => void;
}

/** The entry form's state: values, errors, the piece being typed, the duplicate warning, saving. */
export function useEntryForm({ initial, base, editingId, pieces, onSaved }: UseEntryFormOptions) {
  const { saveEntry } = useEntryActions();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<EntryFormErrors>({});
  const [pieceText, setPieceText] = useState("");
  const [pieceComposer, setPieceComposer] = useState("");
  const [duplicate, setDuplicate] = useState<ProbableDuplicate | undefined>();
  const [saveError, setSaveError] = useState<SaveEntryResult | undefined>();
  const [isSaving, setIsSaving] = useState(false);
  const keyCounter = useRef(0);

  const update = <Field extends keyof EntryFormValues>(field: Field, value: EntryFormValues[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));

  /** Adds the typed piece; returns the pieces including it (state updates are not seen until render). */
  const addTypedPiece = (): EntryFormValues["pieces"] => {
    const chosen = choosePiece(pieceText, pieceComposer, pieces, `new-${keyCounter.current++}`);
    if (chosen === undefined) return values.pieces;
    const next = [...values.pieces, chosen];
    update("pieces", next);
    setPieceText("");
    setPieceComposer("");
    return next;
  };

  const removePiece = (index: number) =>
    update(
      "pieces",
      values.pieces.filter((_, i) => i !== index),
    );

  const save = async (next: EntryFormValues) => {
    setIsSaving(true);
    const result = await saveEntry(next, base, editingId);
    setIsSaving(false);
    if (result.ok) onSaved();
    else setSaveError(result);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    const next = { ...values, pieces: addTypedPiece() };
    const found = validateEntryForm(next);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const probable = findProbableDuplicate(next.pieces, pieces);
    setDuplicate(probable);
    if (probable === undefined) void save(next);
  };

  const answerDuplicate = (choice: "useExisting" | "keepNew") => {
    if (duplicate === undefined) return;
    const resolution = choice === "keepNew" ? "keepNew" : { useExistingId: duplicate.candidate.piece.id };
    update("pieces", resolveDuplicate(values.pieces, duplicate.key, resolution));
    setDuplicate(undefined);
  };

  return {
    values,
    errors,
    update,
    piece: { text: pieceText, setText: setPieceText, composer: pieceComposer, setComposer: setPieceComposer },
    addTypedPiece,
    removePiece,
    duplicate,
    answerDuplicate,
    submit,
    isSaving,
    saveError,
  };
}

export type EntryFormState = ReturnType<typeof useEntryForm>;
