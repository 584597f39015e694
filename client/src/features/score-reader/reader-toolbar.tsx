import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { KeepOfflineToggle } from "../score-files/keep-offline-toggle";
import type { ReaderOptions } from "./reader-options";

export interface ReaderToolbarProps {
  readonly title: string;
  readonly fileId: string;
  readonly pageLabel: string;
  readonly pageCount: number;
  readonly options: ReaderOptions;
  readonly onOptions: (options: ReaderOptions) => void;
  readonly isAutoScrolling: boolean;
  readonly onAutoScroll: (isOn: boolean) => void;
  readonly isAnnotating: boolean;
  readonly onAnnotate: (isOn: boolean) => void;
  readonly onPerform: () => void;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onGoToPage: (pageIndex: number) => void;
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const t = useT();
  const { options, onOptions } = props;
  const [goTo, setGoTo] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const page = Number(goTo);
    if (Number.isInteger(page) && page >= 1 && page <= props.pageCount) props.onGoToPage(page - 1);
    setGoTo("");
  };
  return (
    <header className="reader-toolbar">
      <Link to="/scores" className="reader-toolbar__back">
        ← {t("reader.back")}
      </Link>
      <h1 className="reader-toolbar__title">{props.title}</h1>
      <nav className="reader-toolbar__pages" aria-label={t("reader.goToPage")}>
        <button type="button" onClick={props.onPrevious} aria-label={t("reader.previous")}>
          ‹
        </button>
        <span role="status" className="reader-toolbar__indicator">
          {props.pageLabel}
        </span>
        <button type="button" onClick={props.onNext} aria-label={t("reader.next")}>
          ›
        </button>
        <form onSubmit={submit} className="reader-toolbar__goto">
          <input
            type="number"
            min={1}
            max={props.pageCount}
            inputMode="numeric"
            aria-label={t("reader.goToPage")}
            placeholder="#"
            value={goTo}
            onChange={(event) => setGoTo(event.currentTarget.value)}
          />
          <button type="submit">{t("reader.go")}</button>
        </form>
      </nav>
      <details className="reader-toolbar__view">
        <summary>{t("reader.view")}</summary>
        <div className="reader-toolbar__menu">
          <MenuChoice
            type="checkbox"
            label={t("reader.twoUp")}
            isChecked={options.twoUp === "on"}
            onChange={(isOn) => onOptions({ ...options, twoUp: isOn ? "on" : "off" })}
          />
          <MenuChoice
            type="checkbox"
            label={t("reader.twoUpAuto")}
            isChecked={options.twoUp === "auto"}
            onChange={(isOn) => onOptions({ ...options, twoUp: isOn ? "auto" : "off" })}
          />
          <MenuChoice
            type="checkbox"
            label={t("reader.halfPage")}
            isChecked={options.isHalfPage}
            onChange={(isOn) => onOptions({ ...options, isHalfPage: isOn })}
          />
          <MenuChoice
            type="radio"
            label={t("reader.fitHeight")}
            isChecked={options.fit === "page"}
            onChange={() => onOptions({ ...options, fit: "page" })}
          />
          <MenuChoice
            type="radio"
            label={t("reader.fitWidth")}
            isChecked={options.fit === "width"}
            onChange={() => onOptions({ ...options, fit: "width" })}
          />
          <MenuChoice
            type="checkbox"
            label={t("reader.autoScroll")}
            isChecked={props.isAutoScrolling}
            onChange={props.onAutoScroll}
          />
          <label>
            {t("reader.scrollSpeed")}
            <input
              type="range"
              min={5}
              max={200}
              step={5}
              value={options.scrollSpeed}
              onChange={(event) => onOptions({ ...options, scrollSpeed: Number(event.currentTarget.value) })}
            />
          </label>
          <KeepOfflineToggle fileId={props.fileId} title={props.title} />
        </div>
      </details>
      <button
        type="button"
        aria-pressed={props.isAnnotating}
        onClick={() => props.onAnnotate(!props.isAnnotating)}
      >
        {t("reader.annotate")}
      </button>
      <button type="button" onClick={props.onPerform}>
        {t("reader.perform")}
      </button>
    </header>
  );
}

function MenuChoice({
  type,
  label,
  isChecked,
  onChange,
}: {
  readonly type: "checkbox" | "radio";
  readonly label: string;
  readonly isChecked: boolean;
  readonly onChange: (isChecked: boolean) => void;
}) {
  return (
    <label>
      <input
        type={type}
        name={type === "radio" ? "reader-fit" : undefined}
        checked={isChecked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {label}
    </label>
  );
}
