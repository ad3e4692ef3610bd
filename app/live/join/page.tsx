import { redirect } from "next/navigation";

type Props = { searchParams: Promise<{ pin?: string | string[] }> };

/** The contract's join path for people: the form lives at /play. */
export default async function LiveJoinPage({ searchParams }: Props) {
  const { pin } = await searchParams;
  redirect(typeof pin === "string" ? `/play?pin=${encodeURIComponent(pin)}` : "/play");
}
