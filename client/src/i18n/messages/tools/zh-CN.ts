import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in zh-CN (spread into ../zh-CN.ts). */
export const toolsZhCN: Readonly<Record<ToolsMessageKey, string>> = {
  "tools.tuner.reading": "调音器读数",
  "tools.tuner.note": "音名",
  "tools.tuner.cents": "音分",
  "tools.tuner.offset": "偏差（音分）",
  "tools.tuner.idle": "点击开始，然后演奏一个音。",
  "tools.tuner.listening": "正在聆听…",
  "tools.tuner.inTune": "已准",
  "tools.tuner.sharp": "偏高",
  "tools.tuner.flat": "偏低",
  "tools.tuner.denied": "麦克风权限被拒绝。请在浏览器的网站设置中允许后重试。",
  "tools.tuner.failed": "无法打开麦克风。",
  "tools.tuner.start": "开始",
  "tools.tuner.stop": "停止",
  "tools.tuner.referenceA": "标准音 A",
};
