"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, ErrorNote, SelectField } from "@/app/_components/ui";

const TYPES = [
  { value: "mcq", label: "Multiple choice" },
  { value: "true_false", label: "True or false" },
  { value: "cloze", label: "Fill in the blank" },
  { value: "short_answer", label: "Short answer" },
] as const;

export function StartQuizForm({
  essays,
  initialEssay,
}: {
  essays: { slug: string; title: string; questionCount: number }[];
  initialEssay?: string;
}) {
  const router = useRouter();
  const [essay, setEssay] = useState(
    initialEssay && essays.some((e) => e.slug === initialEssay)
      ? initialEssay
      : (essays[0]?.slug ?? ""),
  );
  const [count, setCount] = useState("10");
  const [types, setTypes] = useState<string[]>(TYPES.map((t) => t.value));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(e: React.FormEvent) {
    e.preventDefault();
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > 50) {
      setError("Choose between 1 and 50 questions.");
      return;
    }
    if (types.length === 0) {
      setError("Choose at least one type of question.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/quizzes", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ essay, count: n, types }),
      });
      const body = (await res.json().catch(() => null)) as {
        id?: string;
        error?: { message: string };
      } | null;
      if (!res.ok || !body?.id) {
        throw new Error(body?.error?.message ?? `The server answered ${res.status}. Try again.`);
      }
      router.push(`/quizzes/${body.id}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : "The quiz could not be started. Try again.");
      setBusy(false);
    }
  }

  return (
    <form onSubmit={start} className="flex flex-col gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem] [&>*]:min-w-0">
        <SelectField
          id="quiz-essay"
          label="Essay"
          value={essay}
          onChange={(e) => setEssay(e.target.value)}
          className="truncate"
        >
          {essays.map((e) => (
            <option key={e.slug} value={e.slug}>
              {e.title} ({e.questionCount} questions)
            </option>
          ))}
        </SelectField>
        <div className="flex flex-col gap-1">
          <label htmlFor="quiz-count" className="text-sm font-medium text-slate-800">
            Number of questions
          </label>
          <input
            id="quiz-count"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900"
          />
        </div>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Question types</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {TYPES.map((t) => (
            <label
              key={t.value}
              className="flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="checkbox"
                checked={types.includes(t.value)}
                onChange={(e) =>
                  setTypes((ts) =>
                    e.target.checked ? [...ts, t.value] : ts.filter((x) => x !== t.value),
                  )
                }
                className="h-4 w-4 accent-brand-600"
              />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      <div>
        <Button type="submit" disabled={busy || !essay}>
          {busy ? "Drawing questions…" : "Start quiz"}
        </Button>
      </div>
    </form>
  );
}
