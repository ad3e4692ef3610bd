import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { identifyViewer, playerCookie } from "@/lib/data/live";
import { idParam } from "@/lib/http";
import { PlayerScreen } from "@/app/live/_components/player-screen";

export const metadata: Metadata = { title: "Live game" };

type Props = { params: Promise<{ id: string }> };

export default async function LivePlayPage({ params }: Props) {
  const { id } = await params;
  if (!idParam.safeParse(id).success) redirect("/play");
  const [user, jar] = await Promise.all([getCurrentUser(), cookies()]);
  const viewer = await identifyViewer(user, id, jar.get(playerCookie(id))?.value).catch(() => null);
  if (!viewer) redirect("/play");
  if (viewer.role === "host") redirect(`/live/${id}/host`);
  return <PlayerScreen gameId={id} signedIn={!!user && user.role === "student"} />;
}
