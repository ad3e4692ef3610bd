import { ButtonLink, EmptyState } from "@/app/_components/ui";

export default function NotFound() {
  return (
    <EmptyState
      title="Nothing here"
      action={
        <div className="flex flex-wrap justify-center gap-2">
          <ButtonLink href="/">Go home</ButtonLink>
          <ButtonLink href="/essays" variant="secondary">
            Browse essays
          </ButtonLink>
        </div>
      }
    >
      This page does not exist, or it belongs to someone else. Check the address, or start again
      from your home page.
    </EmptyState>
  );
}
