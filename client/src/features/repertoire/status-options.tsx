import { useT } from "../../i18n/i18n-context";
import { pieceStatuses } from "./piece-form-values";

/** The `<option>`s of every piece status, in progress order, translated. */
export function PieceStatusOptions() {
  const t = useT();
  return pieceStatuses.map((status) => (
    <option key={status} value={status}>
      {t(`repertoire.status.${status}`)}
    </option>
  ));
}
