/** The tuner's reference A, kept in this device's localStorage (a device setting, not synced). */
import { defaultReferenceA, maxReferenceA, minReferenceA } from "@mirubato/domain";
import { z } from "zod";
import { readStoredJson, writeStoredJson } from "../db/device-storage";

const storageKey = "mirubato.tuner.referenceA";
const referenceASchema = z.number().int().min(minReferenceA).max(maxReferenceA);

export function readReferenceA(storage: Pick<Storage, "getItem">): number {
  return readStoredJson(storage, storageKey, referenceASchema) ?? defaultReferenceA;
}

/** A full or blocked storage: the tuner still works at this pitch until the page closes. */
export function writeReferenceA(storage: Pick<Storage, "setItem">, referenceA: number): void {
  writeStoredJson(storage, storageKey, referenceA);
}
