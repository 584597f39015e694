import { useT } from "../../i18n/i18n-context";
import { colors, hasStampLabel, layerLabels, stamps, type ToolSettings, tools } from "./annotation-tools";
import { stampKindSchema } from "./stamp-kind";

export interface AnnotationToolbarProps {
  readonly settings: ToolSettings;
  readonly onSettings: (settings: ToolSettings) => void;
  readonly layers: readonly string[];
  readonly activeLayer: string;
  readonly onActiveLayer: (layer: string) => void;
  readonly hiddenLayers: ReadonlySet<string>;
  readonly onLayerShown: (layer: string, isShown: boolean) => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onDone: () => void;
}

export function AnnotationToolbar(props: AnnotationToolbarProps) {
  const t = useT();
  const { settings, onSettings } = props;
  const layerName = (layer: string) => {
    const key = layerLabels[layer];
    return key === undefined ? layer : t(key);
  };
  return (
    <div className="annotation-toolbar" role="toolbar" aria-label={t("reader.tools")}>
      <div className="annotation-toolbar__group">
        {tools.map(({ tool, label }) => (
          <button
            key={tool}
            type="button"
            aria-pressed={settings.tool === tool}
            onClick={() => onSettings({ ...settings, tool })}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <fieldset className="annotation-toolbar__group annotation-toolbar__colors">
        <legend className="visually-hidden">{t("reader.color")}</legend>
        {colors.map(({ value, label }) => (
          <button
            key={value}
            type="button"
            className="annotation-toolbar__swatch"
            style={{ background: value }}
            aria-label={t(label)}
            aria-pressed={settings.color === value}
            onClick={() => onSettings({ ...settings, color: value })}
          />
        ))}
      </fieldset>
      {settings.tool === "stamp" ? (
        <div className="annotation-toolbar__group">
          <select
            aria-label={t("reader.toolStamp")}
            value={settings.stamp}
            onChange={(event) => {
              const parsed = stampKindSchema.safeParse(event.currentTarget.value);
              if (parsed.success) onSettings({ ...settings, stamp: parsed.data });
            }}
          >
            {stamps.map(({ stamp, label }) => (
              <option key={stamp} value={stamp}>
                {t(label)}
              </option>
            ))}
          </select>
          {hasStampLabel(settings.stamp) ? (
            <label>
              {t("reader.stampLabel")}{" "}
              <input
                size={4}
                maxLength={20}
                value={settings.stampLabel}
                onChange={(event) => onSettings({ ...settings, stampLabel: event.currentTarget.value })}
              />
            </label>
          ) : null}
        </div>
      ) : null}
      <div className="annotation-toolbar__group">
        <select
          aria-label={t("reader.layer")}
          value={props.activeLayer}
          onChange={(event) => props.onActiveLayer(event.currentTarget.value)}
        >
          {props.layers.map((layer) => (
            <option key={layer} value={layer}>
              {layerName(layer)}
            </option>
          ))}
        </select>
        {props.layers.map((layer) => (
          <label key={layer}>
            <input
              type="checkbox"
              checked={!props.hiddenLayers.has(layer)}
              onChange={(event) => props.onLayerShown(layer, event.currentTarget.checked)}
            />
            {t("reader.showLayer", { layer: layerName(layer) })}
          </label>
        ))}
      </div>
      <div className="annotation-toolbar__group">
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo}>
          {t("reader.undo")}
        </button>
        <button type="button" onClick={props.onRedo} disabled={!props.canRedo}>
          {t("reader.redo")}
        </button>
        <button type="button" onClick={props.onDone}>
          {t("reader.done")}
        </button>
      </div>
    </div>
  );
}
