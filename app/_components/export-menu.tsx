"use client";

import { useEffect, useId, useRef, useState } from "react";
import { buttonClass } from "@/app/_components/ui";

const FORMATS = [
  {
    format: "apkg",
    label: "Anki deck (.apkg)",
    hint: "In Anki: File → Import. Importing a newer export updates the cards.",
  },
  { format: "csv", label: "Spreadsheet (.csv)", hint: "Excel, Numbers, Google Sheets." },
  {
    format: "quizlet",
    label: "Quizlet (.txt)",
    hint: "In Quizlet: Create → Import, paste the file's text (tab between term and definition).",
  },
] as const;

/**
 * A small "Export" menu of download links for a set or an essay. Plain links (the browser does the
 * download); the menu closes on Escape, on a click outside, and after a choice.
 */
export function ExportMenu({ href, note }: { href: string; note: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        className={buttonClass("secondary")}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Export
        <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="z-20 mt-2 w-full min-w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg sm:absolute sm:right-0 sm:w-80"
      >
        <p className="px-3 pt-1 pb-2 text-sm text-slate-600">{note}</p>
        <ul aria-label="Export formats">
          {FORMATS.map((f) => (
            <li key={f.format}>
              <a
                href={`${href}?format=${f.format}`}
                download
                onClick={() => setOpen(false)}
                className="block rounded-lg px-3 py-2 hover:bg-slate-100"
              >
                <span className="block font-medium text-slate-900">{f.label}</span>
                <span className="block text-sm text-slate-600">{f.hint}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
