import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/session";
import { listEssays } from "@/lib/data/essays";
import { PageHeader } from "@/app/_components/ui";
import { SetBuilder } from "../_components/set-builder";

export const metadata: Metadata = { title: "New set" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewSetPage({ searchParams }: Props) {
  const { essay } = await searchParams;
  const from = typeof essay === "string" ? essay : undefined;
  const user = await requirePageRole(
    "teacher",
    `/sets/new${from ? `?essay=${encodeURIComponent(from)}` : ""}`,
  );
  const essays = await listEssays(user);
  return (
    <>
      <PageHeader
        title="New set"
        description="Browse an essay's questions, check each against its source sentence, and add the ones you want. Put them in order, name the set and save."
      />
      <SetBuilder
        essays={essays.map((e) => ({ slug: e.slug, title: e.title }))}
        initialEssay={from}
      />
    </>
  );
}
