import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { getCurrentUser } from "@/lib/auth/session";
import { SiteHeader } from "@/app/_components/site-header";
import { TimeZoneProvider } from "@/app/_components/local-time";
import { userTimeZone } from "@/lib/data/settings";
import { DEFAULT_TIME_ZONE } from "@/lib/dates";

export const metadata: Metadata = {
  title: { default: "Claimdeck", template: "%s · Claimdeck" },
  description:
    "Turn essays into honest questions and flashcards, each linked to its source sentence.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const zone = user ? await userTimeZone(user.id) : DEFAULT_TIME_ZONE;
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <TimeZoneProvider zone={zone}>
          <SiteHeader user={user} />
          <main id="main" className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
        </TimeZoneProvider>
      </body>
    </html>
  );
}
