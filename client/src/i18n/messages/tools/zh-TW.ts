import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in zh-TW (spread into ../zh-TW.ts). */
export const toolsZhTW: Readonly<Record<ToolsMessageKey, string>> = {
  "tools.tuner.reading": "調音器讀數",
  "tools.tuner.note": "音名",
  "tools.tuner.cents": "音分",
  "tools.tuner.offset": "偏差（音分）",
  "tools.tuner.idle": "點擊開始，然後演奏一個音。",
  "tools.tuner.listening": "正在聆聽…",
  "tools.tuner.inTune": "已準",
  "tools.tuner.sharp": "偏高",
  "tools.tuner.flat": "偏低",
  "tools.tuner.denied": "麥克風權限被拒絕。請在瀏覽器的網站設定中允許後重試。",
  "tools.tuner.failed": "無法開啟麥克風。",
  "tools.tuner.start": "開始",
  "tools.tuner.stop": "停止",
  "tools.tuner.referenceA": "標準音 A",
};
