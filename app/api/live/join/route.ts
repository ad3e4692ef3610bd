import { getCurrentUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/auth/rate-limit";
import { json, readJson, route } from "@/lib/http";
import { joinGame, joinLiveSchema, playerCookie } from "@/lib/data/live";

/** Signed in or not: a guest joins with a nickname when the host allowed guests. */
export const POST = route(async (req) => {
  const user = await getCurrentUser();
  const input = await readJson(req, joinLiveSchema);
  const joined = await joinGame(
    user,
    input,
    (id) => req.cookies.get(playerCookie(id))?.value,
    clientAddress(req.headers),
  );
  const res = json({ gameId: joined.gameId, playerId: joined.playerId });
  if (joined.token) {
    res.cookies.set(playerCookie(joined.gameId), joined.token, {
      httpOnly: true,
      sameSite: "lax",
      secure: req.nextUrl.protocol === "https:",
      path: "/",
      maxAge: 24 * 3600,
    });
  }
  return res;
});
