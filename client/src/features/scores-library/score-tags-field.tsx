import { useId, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { addTag } from "./score-form-values";

/** The score's tags as removable chips, a box to add one, and the suggested terms to accept. */
export function ScoreTagsField({
  tags,
  suggestedTags,
  onChange,
}: {
  readonly tags: readonly string[];
  readonly suggestedTags: readonly string[];
  readonly onChange: (tags: readonly string[]) => void;
}) {
  const t = useT();
  const inputId = useId();
  const [draft, setDraft] = useState("");
  const offered = suggestedTags.filter((tag) => !tags.includes(tag));
  const add = () => {
    onChange(addTag(tags, draft));
    setDraft("");
  };
  return (
    <fieldset className="score-tags">
      <legend className="field__label">{t("scores.form.tags")}</legend>
      {tags.length > 0 && (
        <ul className="chip-list">
          {tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <Button
                variant="quiet"
                className="button--small"
                aria-label={t("scores.form.removeTag", { tag })}
                onClick={() => onChange(tags.filter((kept) => kept !== tag))}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="score-tags__add">
        <label htmlFor={inputId} className="visually-hidden">
          {t("scores.form.addTag")}
        </label>
        <input
          id={inputId}
          className="input"
          value={draft}
          maxLength={50}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            add();
          }}
        />
        <Button onClick={add} disabled={draft.trim() === ""}>
          {t("scores.form.addTag")}
        </Button>
      </div>
      {offered.length > 0 && (
        <div className="score-tags__suggested">
          <p className="field__hint">{t("scores.suggestedTags")}</p>
          <ul className="chip-list">
            {offered.map((tag) => (
              <li key={tag}>
                <Button className="chip button--small" onClick={() => onChange(addTag(tags, tag))}>
                  + {tag}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
