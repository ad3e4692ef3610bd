import { getCurrentUser } from "@/lib/auth/session";
import { ButtonLink } from "@/app/_components/ui";
import { StudentHome } from "@/app/_home/student-home";
import { TeacherHome } from "@/app/_home/teacher-home";

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

  if (user.role === "teacher") return <TeacherHome user={user} />;
  return <StudentHome user={user} />;
}
