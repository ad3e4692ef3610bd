import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { listEssays } from "@/lib/data/essays";
import { ButtonLink, Card, PageHeader } from "@/app/_components/ui";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <section className="mx-auto max-w-2xl py-10 text-center">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900">
          Learn what an essay actually says.
        </h1>
        <p className="mt-4 text-lg text-slate-600">
          Claimdeck turns essays into questions and flashcards. Every question links to the sentence
          it came from, and reviews are scheduled so you remember for longer.
        </p>
        <div className="mt-8 flex justify-center gap-3">
          <ButtonLink href="/signup">Create an account</ButtonLink>
          <ButtonLink href="/signin" variant="secondary">
            Sign in
          </ButtonLink>
        </div>
      </section>
    );
  }

  const essays = await listEssays(user);
  if (user.role === "teacher") {
    return (
      <>
        <PageHeader
          title={`Good to see you, ${user.name}`}
          description="Your teaching desk: add essays, check their questions, and assign sets to your classes."
          actions={
            <>
              <ButtonLink href="/essays/new">Add an essay</ButtonLink>
              <ButtonLink href="/classes" variant="secondary">
                Your classes
              </ButtonLink>
            </>
          }
        />
        <EssayList essays={essays} teacher />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={`Welcome back, ${user.name}`}
        description="Pick up where you left off: review what is due, or read an essay and quiz yourself on it."
        actions={<ButtonLink href="/review">Start review</ButtonLink>}
      />
      <EssayList essays={essays} />
    </>
  );
}

function EssayList({
  essays,
  teacher = false,
}: {
  essays: Awaited<ReturnType<typeof listEssays>>;
  teacher?: boolean;
}) {
  return (
    <section aria-labelledby="essays-heading">
      <h2 id="essays-heading" className="mb-3 text-lg font-semibold">
        Essays
      </h2>
      {essays.length === 0 ? (
        <Card>
          <p className="text-slate-600">
            No essays yet.{" "}
            {teacher ? (
              <Link href="/essays/new" className="font-medium text-brand-700 underline">
                Add the first one.
              </Link>
            ) : (
              "Your teacher has not added any yet; check back soon."
            )}
          </p>
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {essays.map((e) => (
            <li key={e.slug}>
              <Link
                href={`/essays/${e.slug}`}
                className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                <span className="font-medium text-slate-900">{e.title}</span>
                <span className="mt-1 block text-sm text-slate-600">
                  {e.claimCount} claims · {e.itemCount} questions
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
