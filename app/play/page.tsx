import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { JoinLiveForm } from "@/app/live/_components/join-form";

export const metadata: Metadata = { title: "Join a live game" };

type Props = { searchParams: Promise<{ pin?: string | string[] }> };

export default async function PlayPage({ searchParams }: Props) {
  const [user, { pin }] = await Promise.all([getCurrentUser(), searchParams]);
  const initial = typeof pin === "string" ? pin.replace(/\D/g, "").slice(0, 6) : "";
  return (
    <section className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Join a live game</h1>
      <p className="text-slate-600">
        {user
          ? `Signed in as ${user.name}: your missed questions will come back in your reviews.`
          : "Type the PIN from the big screen."}
      </p>
      <JoinLiveForm initialPin={initial} signedIn={!!user} />
    </section>
  );
}
