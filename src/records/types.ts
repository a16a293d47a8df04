// Stored shapes: what the records database holds. They are separate from the analysis types on purpose: the engine's
// results change shape as tasks evolve, so a result is stored as plain JSON (`JsonObject`) and only task / flags and
// the per-item arrays (reps, holds, cycleList) are read by this layer.
import type { ItemKind, OverrideTarget } from '../analysis/index.ts';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

/** A height measured on a day: grades that report distances in cm use the height measured closest before a session. */
export interface HeightMeasurement {
  readonly heightCm: number;
  /** ISO date, YYYY-MM-DD. */
  readonly measuredOn: string;
}

export type DominantSide = 'left' | 'right' | 'unknown';

export interface ChildRow {
  /** Random id (not an auto-increment), so that a backup from another device merges without id clashes. */
  readonly id: string;
  readonly nickname: string;
  /** ISO date, YYYY-MM-DD; '' when the family chose not to give it. */
  readonly birthDate: string;
  readonly dominantSide: DominantSide;
  /** Oldest first. Schema v1 had a single heightCm / heightMeasuredOn pair (see schema.ts). */
  readonly heights: readonly HeightMeasurement[];
  readonly notes: string;
  readonly createdAtMs: number;
}

export type SessionSource = 'live' | 'file';
/** "recording": autosaved rep by rep, not finished (a closed tab or a crash leaves it so); "complete": finished. */
export type SessionStatus = 'recording' | 'complete';

/** What the codec needs to rebuild a Track from the stored chunks. */
export interface TrackMeta {
  readonly model: string;
  readonly source: string;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

export interface SessionRow {
  readonly id: string;
  readonly childId: string;
  /** A task id of the engine that saved it (a backup from a newer version may name a task this one lacks). */
  readonly task: string;
  readonly protocol: string;
  readonly settings: JsonObject;
  readonly startedAtMs: number;
  readonly durationMs: number;
  readonly source: SessionSource;
  /** The video file's name for source "file", else null. */
  readonly fileName: string | null;
  readonly model: string;
  readonly backend: string;
  readonly engineVersion: string;
  readonly status: SessionStatus;
  /** The engine's result without its per-item arrays (count, pattern, flags, errors...). */
  readonly summary: JsonObject;
  readonly itemCount: number;
  /** null when the session kept no keypoint track. */
  readonly track: TrackMeta | null;
  /** The therapist's or family's note on this session ('' when none; schema v3). */
  readonly note: string;
  /** How the live set ran this session (protocol trial, setup override); absent for files and older sessions. */
  readonly live?: LiveSetRecord;
}

/**
 * A live set's own facts about one saved session. Kept apart from `protocol` and `settings`, which are the engine's
 * (a re-grade passes them to the task's analyser, which refuses names it does not know).
 */
export interface LiveSetRecord {
  /** A scored trial of the test protocol, or free play (a practice trial is never saved). */
  readonly step: 'scored' | 'free';
  /** The scored trial's number, from 1; null in free play. */
  readonly trial: number | null;
  /** How many scored trials the protocol had; null in free play. */
  readonly scoredTrials: number | null;
  /** True when a therapist started the trial before the setup check had held (the person's choice, kept). */
  readonly setupOverride: boolean;
}

/**
 * A review report's own words for a child and a date range (schema v3): the summary note and the optional therapist
 * and clinic names printed in its header. The charts and tables are computed from the sessions every time.
 */
export interface ReportRow {
  /** `${childId}/${fromDay}/${toDay}`: one note per child and range. */
  readonly id: string;
  readonly childId: string;
  /** Local calendar days, YYYY-MM-DD. */
  readonly fromDay: string;
  readonly toDay: string;
  readonly summaryNote: string;
  readonly therapist: string;
  readonly clinic: string;
  readonly savedAtMs: number;
}

/** One rep, hold or crawl cycle, as the engine produced it (metrics, 0/1 criteria with evidence, flags, reasons). */
export type { ItemKind } from '../analysis/index.ts';
export interface StoredItem {
  readonly kind: ItemKind;
  /** Position in the engine's array, from 0. Overrides refer to items by (sessionId, kind, index). */
  readonly index: number;
  readonly data: JsonObject;
}

/** An item with its session, as queries return it. */
export interface ItemRow extends StoredItem {
  readonly sessionId: string;
}

/**
 * All items of one session in one row. Items are always read and written a session at a time, and one row is about
 * five times cheaper than one row per item: 600 reps took 55-80 ms as rows and 10-15 ms as one row in headless
 * Chromium (measured for issue 6 on the shared 2-core machine), which keeps a 10-minute save under its 200 ms target.
 */
export interface SessionItemsRow {
  readonly sessionId: string;
  readonly items: readonly StoredItem[];
}

/** A slice of a session's keypoint track, quantised (see track-codec.ts). Autosave appends one chunk per rep. */
export interface TrackChunkRow {
  readonly sessionId: string;
  readonly seq: number;
  readonly frameCount: number;
  /** Time of the first frame; the others are offsets from it in tCenti. */
  readonly t0Ms: number;
  /** Frame time minus t0Ms, in 0.01 ms. */
  readonly tCenti: Uint32Array;
  /** Bit i set when frame i had a person (keypoints not null). */
  readonly present: Uint8Array;
  /** x, y of each keypoint of each present frame, in units of width/16000 and height/16000. */
  readonly xy: Int16Array;
  /** Keypoint scores of each present frame, in units of 1/255. */
  readonly score: Uint8Array;
}

/** What a therapist's override targets: the session's summary or one item. */
export type { OverrideTarget } from '../analysis/index.ts';

/** One change of one grade by a therapist. Rows are never edited or deleted: together they are the audit trail. */
export interface OverrideRow {
  readonly id: string;
  readonly sessionId: string;
  readonly target: OverrideTarget;
  /** Item index; 0 for the session. */
  readonly index: number;
  /** Dot path inside the item's (or summary's) data, e.g. "criteria.armsOverhead". */
  readonly field: string;
  /** What the engine said when the override was made (kept even after a re-grade changes it). */
  readonly engineValue: JsonValue;
  /** The value shown before this override: the engine's or an earlier override's. */
  readonly oldValue: JsonValue;
  readonly newValue: JsonValue;
  readonly atMs: number;
  readonly reason: string;
  readonly engineVersion: string;
}
