"use client";

import { signOut } from "next-auth/react";
import { buttonClass } from "@/app/_components/ui";

export function SignOutButton() {
  return (
    <button
      type="button"
      className={buttonClass("ghost", "min-h-9 px-3")}
      onClick={() => signOut({ callbackUrl: "/signin" })}
    >
      Sign out
    </button>
  );
}
