import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/session";
import { PageHeader } from "@/app/_components/ui";
import { UploadForm } from "./_components/upload-form";

export const metadata: Metadata = { title: "Add an essay" };

export default async function NewEssayPage() {
  await requirePageRole("teacher", "/essays/new");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Add an essay"
        description="Claimdeck extracts the essay's claims and writes questions from them, each linked to its sentence."
      />
      <UploadForm />
    </div>
  );
}
