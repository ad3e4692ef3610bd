import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { idParam, readParams, route } from "@/lib/http";
import { identifyViewer, playerCookie } from "@/lib/data/live";
import { attach } from "@/lib/data/live-hub";

const params = z.object({ id: idParam });
const HEARTBEAT_MS = 15_000;

export const dynamic = "force-dynamic";

/**
 * The game as Server-Sent Events: the current view at once, then every change. A comment line every
 * 15 s keeps proxies from closing an idle stream; the browser's EventSource reconnects by itself.
 */
export const GET = route(async (req, ctx) => {
  const { id } = await readParams(ctx, params);
  const user = await getCurrentUser();
  const viewer = await identifyViewer(user, id, req.cookies.get(playerCookie(id))?.value);
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          open = false;
        }
      };
      const send = (event: string, data: unknown) =>
        write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      write("retry: 2000\n\n");
      const beat = setInterval(() => write(": heartbeat\n\n"), HEARTBEAT_MS);
      let detach: (() => void) | undefined;
      stop = () => {
        if (!open && !detach) return;
        open = false;
        clearInterval(beat);
        detach?.();
        detach = undefined;
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      req.signal.addEventListener("abort", () => stop());
      try {
        const d = await attach(id, viewer, send);
        if (req.signal.aborted) d();
        else detach = d;
      } catch (err) {
        console.error("live: stream failed", err);
        stop();
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
