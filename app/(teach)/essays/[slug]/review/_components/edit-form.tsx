"use client";

import { useState } from "react";
import { Button } from "@/app/_components/ui";
import type { ItemView } from "@/lib/data/items";

/** The fields of one item, for a teacher to correct. */
export function EditForm({
  item,
  busy,
  onCancel,
  onSave,
}: {
  item: ItemView;
  busy: boolean;
  onCancel: () => void;
  onSave: (patch: Record<string, unknown>) => void;
}) {
  const [prompt, setPrompt] = useState(item.prompt);
  const [answer, setAnswer] = useState(item.answer);
  const [choices, setChoices] = useState((item.choices ?? []).join("\n"));
  const [explanation, setExplanation] = useState(item.explanation);
  const id = item.id;
  const area = "rounded-lg border border-slate-300 px-3 py-2 text-sm";
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({
          prompt,
          answer,
          explanation,
          ...(item.choices
            ? {
                choices: choices
                  .split("\n")
                  .map((c) => c.trim())
                  .filter(Boolean),
              }
            : {}),
        });
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`prompt-${id}`} className="text-sm font-medium">
          Prompt
        </label>
        <textarea
          id={`prompt-${id}`}
          className={area}
          rows={3}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`answer-${id}`} className="text-sm font-medium">
          Answer
        </label>
        <input
          id={`answer-${id}`}
          className={area}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
        />
      </div>
      {item.choices ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`choices-${id}`} className="text-sm font-medium">
            Choices (one per line)
          </label>
          <textarea
            id={`choices-${id}`}
            className={area}
            rows={4}
            value={choices}
            onChange={(e) => setChoices(e.target.value)}
          />
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`explanation-${id}`} className="text-sm font-medium">
          Explanation
        </label>
        <textarea
          id={`explanation-${id}`}
          className={area}
          rows={2}
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save"}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
