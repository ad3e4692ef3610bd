import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { requirePageRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { joinUrl, requireHostedGame } from "@/lib/data/live";
import { AppError } from "@/lib/errors";
import { idParam } from "@/lib/http";
import { PageHeader } from "@/app/_components/ui";
import { HostScreen } from "@/app/live/_components/host-screen";

export const metadata: Metadata = { title: "Host a live game" };

type Props = { params: Promise<{ id: string }> };

export default async function LiveHostPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageRole("teacher", `/live/${id}/host`);
  if (!idParam.safeParse(id).success) notFound();
  const game = await requireHostedGame(user, id).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const h = await headers();
  const origin = env().NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://${h.get("host") ?? "localhost"}`;
  const url = joinUrl(origin, game.pin ?? "");
  const qrSvg = game.pin
    ? await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
    : "";
  return (
    <>
      <PageHeader title={`Live: ${game.set.title}`} />
      <HostScreen gameId={id} joinUrl={url} qrSvg={qrSvg} />
    </>
  );
}
