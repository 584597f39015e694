export * from "./share-card";
