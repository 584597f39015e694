import { type ReactNode, useId } from "react";
import { useT } from "../../i18n/i18n-context";

export interface TableData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

interface ChartFigureProps {
  readonly title: string;
  readonly description: string;
  /** The same numbers as a table: the chart's text alternative. */
  readonly table: TableData;
  /** Draws the chart; the SVG gets the ids that name and describe it. */
  readonly children: (labels: { title: string; titleId: string; descriptionId: string }) => ReactNode;
  readonly note?: string | undefined;
}

/** A chart with its heading, a description, and its data as a table one click away. */
export function ChartFigure({ title, description, table, children, note }: ChartFigureProps) {
  const t = useT();
  const titleId = useId();
  const descriptionId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart__title">
        {title}
      </h3>
      <p id={descriptionId} className="chart__description">
        {description}
      </p>
      {children({ title, titleId, descriptionId })}
      {note !== undefined && <p className="chart__description">{note}</p>}
      <details className="chart__details">
        <summary>{t("reports.showTable")}</summary>
        <div className="chart__table-wrap">
          <table className="chart__table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.join("\u0000")}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={table.columns[index]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={table.columns[index]}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
