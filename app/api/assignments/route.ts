import { requireRole, requireUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http";
import {
  createAssignment,
  createAssignmentSchema,
  listStudentAssignments,
  listTeacherAssignments,
} from "@/lib/data/assignments";

export const GET = route(async () => {
  const user = await requireUser();
  if (user.role === "teacher") return json({ classes: await listTeacherAssignments(user) });
  return json({ assignments: await listStudentAssignments(user) });
});

export const POST = route(async (req) => {
  const user = await requireRole("teacher");
  const input = await readJson(req, createAssignmentSchema);
  return json(await createAssignment(user, input), 201);
});
