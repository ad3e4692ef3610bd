import type { DocumentFormat } from "@/lib/documents/sniff";

/** The page's side of the upload endpoints (POST /api/essays/extract, POST /api/essays, progress). */

export interface Extracted {
  format: DocumentFormat;
  title: string;
  byline: string;
  text: string;
  fileName: string;
}

export interface Created {
  slug: string;
  claimCount: number;
  itemCount: number;
}

export interface UploadProgress {
  stage: "queued" | "extracting" | "generating" | "storing" | "done" | "failed";
  itemsTotal: number;
  itemsStored: number;
}

type Result<T> = { ok: true; data: T } | { ok: false; message: string };

async function send<T>(url: string, init: RequestInit): Promise<Result<T>> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    return {
      ok: false,
      message: "The server could not be reached. Check your connection and try again.",
    };
  }
  const body = (await res.json().catch(() => null)) as
    (T & { error?: { message?: string } }) | null;
  if (res.ok && body) return { ok: true, data: body };
  return {
    ok: false,
    message: body?.error?.message ?? `The server answered ${res.status}. Try again.`,
  };
}

export function extractFile(file: File): Promise<Result<Extracted>> {
  const form = new FormData();
  form.append("file", file);
  return send<Extracted>("/api/essays/extract", { method: "POST", body: form });
}

export function createEssay(body: {
  title: string;
  text: string;
  source?: string;
  uploadId: string;
  fileName?: string;
  fileType?: DocumentFormat;
}): Promise<Result<Created>> {
  return send<Created>("/api/essays", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** Polls the upload's progress until `stop` is called; a missing row just means "not started". */
export function watchProgress(uploadId: string, onProgress: (p: UploadProgress) => void) {
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    const res = await fetch(`/api/essays/uploads/${uploadId}`).catch(() => null);
    if (res?.ok && !stopped) onProgress((await res.json()) as UploadProgress);
    if (!stopped) setTimeout(tick, 600);
  };
  setTimeout(tick, 300);
  return () => {
    stopped = true;
  };
}

export function newUploadId(): string {
  return crypto.randomUUID().replace(/-/g, "");
}
