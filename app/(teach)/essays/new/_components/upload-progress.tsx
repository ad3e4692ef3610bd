import type { UploadProgress } from "./upload-api";

const STAGE_TEXT: Record<UploadProgress["stage"], string> = {
  queued: "Waiting for the generator…",
  extracting: "Reading the document…",
  generating: "Finding claims and writing questions…",
  storing: "Saving the items…",
  done: "Done.",
  failed: "Stopped.",
};

/** What the server is doing with the essay, with a real count once items are being saved. */
export function UploadProgressNote({ progress }: { progress: UploadProgress | null }) {
  const stage = progress?.stage ?? "queued";
  const storing = stage === "storing" && progress!.itemsTotal > 0;
  const pct = storing ? Math.round((progress!.itemsStored / progress!.itemsTotal) * 100) : null;
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <p className="text-sm text-slate-700">
        {STAGE_TEXT[stage]}
        {storing ? ` ${progress!.itemsStored} of ${progress!.itemsTotal} items.` : ""}
      </p>
      <div
        role="progressbar"
        aria-label="Essay processing"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        aria-valuetext={STAGE_TEXT[stage]}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full bg-brand-600 transition-all ${pct === null ? "w-1/3 animate-pulse" : ""}`}
          style={pct === null ? undefined : { width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
