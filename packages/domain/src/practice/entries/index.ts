export * from "./live-documents";
export * from "./piece-shares";
