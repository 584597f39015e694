import { type FormEvent, useEffect, useState } from "react";
import { listWeekdayNames } from "../../i18n/calendar-format";
import { useLocale, useT } from "../../i18n/i18n-context";
import { Field } from "../../ui/field";
import { parseDailyGoalMinutes } from "./daily-goal";
import type { EffectiveSettings } from "./settings-values";
import type { SettingsPatch } from "./use-settings";

interface SectionProps {
  readonly settings: EffectiveSettings;
  readonly onSave: (patch: SettingsPatch) => void;
}

/** Week start (for weekly goals and reports) and the daily goal in minutes. */
export function PracticeSection({ settings, onSave }: SectionProps) {
  const t = useT();
  const locale = useLocale();
  const weekdays = listWeekdayNames(locale, 0, "long");
  const [dailyGoal, setDailyGoal] = useState(String(settings.dailyGoalMinutes));
  const [isInvalid, setIsInvalid] = useState(false);
  useEffect(() => setDailyGoal(String(settings.dailyGoalMinutes)), [settings.dailyGoalMinutes]);
  const saveDailyGoal = (event?: FormEvent) => {
    event?.preventDefault();
    const minutes = parseDailyGoalMinutes(dailyGoal);
    setIsInvalid(minutes === undefined);
    if (minutes !== undefined && minutes !== settings.dailyGoalMinutes) onSave({ dailyGoalMinutes: minutes });
  };
  return (
    <section className="settings__section" aria-labelledby="settings-practice">
      <h2 id="settings-practice">{t("settings.practice")}</h2>
      <Field label={t("settings.weekStart")}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={settings.weekStartDay}
            onChange={(event) => onSave({ weekStartDay: Number(event.target.value) })}
          >
            {weekdays.map((name, day) => (
              <option key={name} value={day}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <form onSubmit={saveDailyGoal} noValidate>
        <Field
          label={t("settings.dailyGoal")}
          hint={t("settings.dailyGoalHint")}
          error={isInvalid ? t("settings.dailyGoalInvalid") : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input settings__number"
              type="number"
              inputMode="numeric"
              min={0}
              max={1440}
              step={1}
              value={dailyGoal}
              onChange={(event) => setDailyGoal(event.target.value)}
              onBlur={() => saveDailyGoal()}
            />
          )}
        </Field>
      </form>
    </section>
  );
}
