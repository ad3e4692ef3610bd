"use client";

import Link from "next/link";
import { useDeferredValue, useEffect, useRef, useState, type FormEvent } from "react";
import { Button, ButtonLink, Card, ErrorNote, Field } from "@/app/_components/ui";
import {
  MAX_ESSAY_BYTES,
  MAX_FILE_BYTES,
  MIN_ESSAY_WORDS,
  formatKb,
  formatMb,
} from "@/lib/documents/limits";
import { FORMAT_LABEL, SNIFF_BYTES, sniffFormat, type DocumentFormat } from "@/lib/documents/sniff";
import {
  createEssay,
  extractFile,
  newUploadId,
  watchProgress,
  type Created,
  type UploadProgress,
} from "./upload-api";
import { UploadProgressNote } from "./upload-progress";

type Phase =
  | { kind: "idle" }
  | { kind: "reading"; fileName: string }
  | { kind: "working"; progress: UploadProgress | null }
  | { kind: "done"; created: Created };

interface FromFile {
  fileName: string;
  format: DocumentFormat;
}

const ACCEPT =
  ".pdf,.docx,.html,.htm,.md,.markdown,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/markdown,text/plain";

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function UploadForm() {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [source, setSource] = useState("");
  const [text, setText] = useState("");
  const [fromFile, setFromFile] = useState<FromFile | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);
  // Counting a 200 KB paste on every keystroke would make typing lag: the count trails behind.
  const deferredText = useDeferredValue(text);
  const bytes = new TextEncoder().encode(deferredText).length;
  const stopWatching = useRef<(() => void) | null>(null);
  useEffect(() => () => stopWatching.current?.(), []);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    if (file.size === 0) return setError(`“${file.name}” is empty. Choose the essay's file.`);
    if (file.size > MAX_FILE_BYTES) {
      return setError(
        `“${file.name}” is ${formatMb(file.size)}; the limit is ${formatMb(MAX_FILE_BYTES)} per file.`,
      );
    }
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    if (sniffFormat(head) === "binary") {
      if (fileInput.current) fileInput.current.value = "";
      return setError(
        `“${file.name}” is not a document Claimdeck reads. Choose a PDF, Word (.docx), web page, Markdown or plain-text file.`,
      );
    }
    setPhase({ kind: "reading", fileName: file.name });
    const res = await extractFile(file);
    setPhase({ kind: "idle" });
    if (fileInput.current) fileInput.current.value = "";
    if (!res.ok) return setError(res.message);
    const doc = res.data;
    setText(doc.text);
    setTitle(doc.title);
    if (doc.byline && !source) setSource(doc.byline);
    setFromFile({ fileName: doc.fileName, format: doc.format });
    textBox.current?.focus();
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    if (!title.trim()) return setError("Give the essay a title before generating items.");
    const words = countWords(text);
    if (words < MIN_ESSAY_WORDS) {
      return setError(
        words === 0
          ? "The essay has no text yet. Paste it, or upload a document."
          : `The essay has ${words} word${words === 1 ? "" : "s"}; Claimdeck needs at least ${MIN_ESSAY_WORDS} words of prose to find claims.`,
      );
    }
    if (new TextEncoder().encode(text).length > MAX_ESSAY_BYTES) {
      return setError(
        `The essay is larger than ${formatKb(MAX_ESSAY_BYTES)}. Split it into shorter essays.`,
      );
    }
    const uploadId = newUploadId();
    setPhase({ kind: "working", progress: null });
    stopWatching.current = watchProgress(uploadId, (progress) =>
      setPhase((p) => (p.kind === "working" ? { kind: "working", progress } : p)),
    );
    const res = await createEssay({
      title,
      text,
      source: source.trim() || undefined,
      uploadId,
      ...(fromFile ? { fileName: fromFile.fileName, fileType: fromFile.format } : {}),
    });
    stopWatching.current?.();
    if (res.ok) setPhase({ kind: "done", created: res.data });
    else {
      setPhase({ kind: "idle" });
      setError(res.message);
    }
  }

  if (phase.kind === "done") {
    const { slug, claimCount, itemCount } = phase.created;
    return (
      <Card className="space-y-3" role="status">
        <h2 className="text-lg font-semibold">Essay added</h2>
        <p className="text-slate-700">
          Claimdeck found <strong>{claimCount} claims</strong> and wrote{" "}
          <strong>{itemCount} items</strong>. The best are published; check the drafts before
          students see them.
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/essays/${slug}/review`}>Review the items</ButtonLink>
          <ButtonLink href={`/essays/${slug}`} variant="secondary">
            Read the essay
          </ButtonLink>
          <Button
            variant="ghost"
            type="button"
            onClick={() => {
              setText("");
              setTitle("");
              setSource("");
              setFromFile(null);
              setPhase({ kind: "idle" });
            }}
          >
            Add another
          </Button>
        </div>
      </Card>
    );
  }

  const busy = phase.kind !== "idle";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Card className="space-y-4">
        <div className="flex flex-col gap-2">
          <span className="text-sm font-medium text-slate-800">Start from a document</span>
          <div className="flex flex-wrap items-center gap-3">
            <input
              ref={fileInput}
              id="file"
              type="file"
              accept={ACCEPT}
              onChange={(e) => void onFile(e.target.files?.[0])}
              disabled={busy}
              className="peer sr-only"
              aria-describedby="file-hint"
            />
            <label
              htmlFor="file"
              className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 peer-disabled:cursor-not-allowed peer-disabled:text-slate-400"
            >
              <svg
                aria-hidden
                viewBox="0 0 20 20"
                className="h-4 w-4 fill-none stroke-current"
                strokeWidth="1.6"
              >
                <path d="M11.5 2.5H5.5a1 1 0 0 0-1 1v13a1 1 0 0 0 1 1h9a1 1 0 0 0 1-1V6.5z" />
                <path d="M11.5 2.5v4h4M10 9.5v5M7.5 12l2.5-2.5 2.5 2.5" />
              </svg>
              Upload a document
            </label>
            <span className="text-sm text-slate-600" aria-live="polite">
              {phase.kind === "reading"
                ? `Reading “${phase.fileName}”…`
                : fromFile
                  ? `From “${fromFile.fileName}” (${FORMAT_LABEL[fromFile.format]})`
                  : "No file chosen"}
            </span>
          </div>
          <p id="file-hint" className="text-xs text-slate-500">
            PDF, Word (.docx), web page (.html), Markdown or plain text, up to{" "}
            {formatMb(MAX_FILE_BYTES)}. You check the text it yields before any items are written.
          </p>
        </div>
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
          hint="Where the essay comes from: a publication, a link, a book, an author."
          value={source}
          onChange={(e) => setSource(e.target.value)}
          maxLength={500}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="text" className="text-sm font-medium text-slate-800">
            Essay text
          </label>
          {fromFile ? (
            <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900">
              Check the text taken from the {FORMAT_LABEL[fromFile.format]}: fix anything it got
              wrong, delete what is not the essay, then generate the items.
            </p>
          ) : null}
          <textarea
            ref={textBox}
            id="text"
            name="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={8}
            aria-describedby="text-hint"
            className="min-h-40 rounded-lg border border-slate-300 bg-white px-3 py-2 font-serif text-base leading-relaxed sm:min-h-80"
            placeholder="Paste the essay here, or upload a document above. Markdown is fine."
          />
          <p
            id="text-hint"
            className={`text-xs ${bytes > MAX_ESSAY_BYTES ? "text-red-700" : "text-slate-500"}`}
          >
            {formatKb(bytes)} of {formatKb(MAX_ESSAY_BYTES)}. Web leftovers (sign-up prompts, “Read
            more”) are recognised and left out of the questions.
          </p>
        </div>
      </Card>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      {phase.kind === "working" ? <UploadProgressNote progress={phase.progress} /> : null}
      {/* The action stays on screen below a long text box. */}
      <div className="sticky bottom-0 z-10 -mx-4 flex gap-2 border-t border-slate-200 bg-white px-4 py-3 shadow-[0_-2px_6px_rgba(15,23,42,0.06)] sm:mx-0 sm:rounded-lg sm:border">
        <Button type="submit" disabled={busy}>
          {phase.kind === "working" ? "Working…" : fromFile ? "Generate items" : "Add essay"}
        </Button>
        <Link href="/essays" className="self-center text-sm text-slate-600 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
