"use client";

import Link from "next/link";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { Button, ButtonLink, Card, ErrorNote, Field } from "@/app/_components/ui";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number }
  | { kind: "generating" }
  | { kind: "done"; slug: string; claimCount: number; itemCount: number }
  | { kind: "error"; message: string };

const MAX_BYTES = 200 * 1024;

/** Sends the essay with XMLHttpRequest so the upload can report real progress. */
function postEssay(
  body: string,
  onProgress: (percent: number) => void,
): Promise<{ status: number; data: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/essays");
    xhr.setRequestHeader("content-type", "application/json");
    xhr.upload.onprogress = (e) =>
      e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        /* a non-JSON reply is reported by status below */
      }
      resolve({ status: xhr.status, data });
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(body);
  });
}

export function UploadForm() {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const bytes = new TextEncoder().encode(text).length;

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setPhase({
        kind: "error",
        message: `That file is ${Math.round(file.size / 1024)} KB; the limit is 200 KB.`,
      });
      return;
    }
    const content = await file.text();
    setText(content);
    if (!title) {
      const fm = /^---\n[\s\S]*?^title:\s*["']?(.+?)["']?\s*$/m.exec(content);
      setTitle(fm?.[1] ?? file.name.replace(/\.(md|txt|markdown)$/i, "").replace(/[-_]+/g, " "));
    }
    setPhase({ kind: "idle" });
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = JSON.stringify({
      title,
      text,
      source: String(form.get("source") ?? "") || undefined,
    });
    setPhase({ kind: "uploading", percent: 0 });
    try {
      const res = await postEssay(body, (percent) =>
        setPhase(percent >= 100 ? { kind: "generating" } : { kind: "uploading", percent }),
      );
      setPhase({ kind: "generating" });
      if (res.status === 201) {
        const d = res.data as { slug: string; claimCount: number; itemCount: number };
        setPhase({ kind: "done", ...d });
      } else {
        const err = (res.data as { error?: { message?: string } } | null)?.error?.message;
        setPhase({
          kind: "error",
          message: err ?? `The server answered ${res.status}. Try again.`,
        });
      }
    } catch {
      setPhase({
        kind: "error",
        message: "The server could not be reached. Check your connection and try again.",
      });
    }
  }

  const busy = phase.kind === "uploading" || phase.kind === "generating";

  if (phase.kind === "done") {
    return (
      <Card className="space-y-3" role="status">
        <h2 className="text-lg font-semibold">Essay added</h2>
        <p className="text-slate-700">
          Claimdeck found <strong>{phase.claimCount} claims</strong> and wrote{" "}
          <strong>{phase.itemCount} items</strong>. The best are published; check the drafts before
          students see them.
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/essays/${phase.slug}/review`}>Review the items</ButtonLink>
          <ButtonLink href={`/essays/${phase.slug}`} variant="secondary">
            Read the essay
          </ButtonLink>
          <Button
            variant="ghost"
            type="button"
            onClick={() => {
              setText("");
              setTitle("");
              setPhase({ kind: "idle" });
            }}
          >
            Add another
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Card className="space-y-4">
        <Field
          id="title"
          name="title"
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
        />
        <Field
          id="source"
          name="source"
          label="Source (optional)"
          hint="Where the essay comes from: a publication, a link, a book."
          maxLength={500}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="file" className="text-sm font-medium text-slate-800">
            Upload a file (.md or .txt)
          </label>
          <input
            ref={fileInput}
            id="file"
            type="file"
            accept=".md,.markdown,.txt,text/plain,text/markdown"
            onChange={onFile}
            className="text-sm"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="text" className="text-sm font-medium text-slate-800">
            Essay text
          </label>
          <textarea
            id="text"
            name="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={14}
            aria-describedby="text-hint"
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 font-serif text-base leading-relaxed"
            placeholder="Paste the essay here, or upload a file above. Markdown is fine."
          />
          <p
            id="text-hint"
            className={`text-xs ${bytes > MAX_BYTES ? "text-red-700" : "text-slate-500"}`}
          >
            {Math.ceil(bytes / 1024)} KB of 200 KB. Web leftovers (sign-up prompts, “Read more”) are
            recognised and left out of the questions.
          </p>
        </div>
      </Card>
      {phase.kind === "error" ? <ErrorNote>{phase.message}</ErrorNote> : null}
      {busy ? (
        <div role="status" aria-live="polite" className="space-y-2">
          <p className="text-sm text-slate-700">
            {phase.kind === "uploading"
              ? `Uploading… ${phase.percent}%`
              : "Finding claims and writing questions…"}
          </p>
          <div className="h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden>
            <div
              className={`h-full bg-brand-600 transition-all ${phase.kind === "generating" ? "w-full animate-pulse" : ""}`}
              style={phase.kind === "uploading" ? { width: `${phase.percent}%` } : undefined}
            />
          </div>
        </div>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy || !title.trim() || !text.trim()}>
          {busy ? "Working…" : "Add essay"}
        </Button>
        <Link href="/essays" className="self-center text-sm text-slate-600 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
