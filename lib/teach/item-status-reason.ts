/**
 * Why an item has its status, in words a teacher can act on: the publishing check that held a
 * generated draft back (`reason`, from the generator's rule trace) while no teacher has decided on
 * it; otherwise from what is stored — the status, whether a teacher decided it, the generator's
 * score, and the other items of the same sentence.
 */
export interface StatusFacts {
  status: string;
  edited: boolean;
  quality: number;
  reason?: string;
}

export function statusReason(item: StatusFacts, sameSentence: { status: string }[]): string {
  if (item.reason && item.status === "draft" && !item.edited) return item.reason;
  const score = Math.round(item.quality * 100);
  if (item.status === "published")
    return item.edited
      ? "A teacher published or edited it."
      : `Published by the generator: one of the best-scored items of this essay (score ${score} of 100).`;
  if (item.status === "retired")
    return item.edited
      ? "A teacher retired or edited it; students no longer get it."
      : "Retired when the essay was regenerated: the generator no longer makes this item.";
  // "edited" records any teacher decision, text or status: say no more than that.
  if (item.edited)
    return "A teacher set it to draft or edited it; it stays a draft until published.";
  if (sameSentence.some((s) => s.status === "published"))
    return "Another item of this sentence is published, and the generator publishes one item per sentence so students are not asked the same thing twice.";
  return `The generator publishes only a few of an essay's best-scored items, and this one scored lower (${score} of 100). Publish it if it is sound.`;
}
