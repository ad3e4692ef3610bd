import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createClass,
  getClassDetail,
  joinClass,
  listClasses,
  removeStudent,
  restoreStudent,
  rotateJoinCode,
} from "@/lib/data/classes";
import {
  JOIN_CODE_ALPHABET,
  generateJoinCode,
  isJoinCode,
  normalizeJoinCode,
} from "@/lib/teach/join-code";
import { makeUser } from "./support/teach-fixtures";

describe("join codes", () => {
  it("are 8 characters from an alphabet without 0, O, 1, I or L", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    for (let i = 0; i < 500; i++) {
      const code = generateJoinCode();
      expect(code).toHaveLength(8);
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`));
      expect(isJoinCode(code)).toBe(true);
    }
  });

  it("are unique in practice and use the whole alphabet", () => {
    const codes = new Set(Array.from({ length: 5000 }, generateJoinCode));
    expect(codes.size).toBe(5000);
    const seen = new Set([...codes].join(""));
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("are read in any case with spaces and dashes ignored", () => {
    expect(normalizeJoinCode(" abcd-2345 ")).toBe("ABCD2345");
    expect(normalizeJoinCode("ab cd 23 45")).toBe("ABCD2345");
    expect(isJoinCode("ABCD0000")).toBe(false);
    expect(isJoinCode("ABCD234")).toBe(false);
  });
});

describe("classes", () => {
  it("a teacher creates classes with distinct codes and sees them with student counts", async () => {
    const teacher = await makeUser("teacher");
    const a = await createClass(teacher, { name: "Period 1" });
    const b = await createClass(teacher, { name: "Period 2" });
    expect(isJoinCode(a.joinCode)).toBe(true);
    expect(a.joinCode).not.toBe(b.joinCode);
    const student = await makeUser("student");
    await joinClass(student, { joinCode: a.joinCode.toLowerCase() });
    const list = await listClasses(teacher);
    expect(list).toHaveLength(2);
    expect(list.find((c) => c.id === a.id)).toMatchObject({
      name: "Period 1",
      joinCode: a.joinCode,
      studentCount: 1,
    });
  });

  it("a student sees their classes with the teacher's name, never the code", async () => {
    const teacher = await makeUser("teacher", "Ms Keeper");
    const c = await createClass(teacher, { name: "Lamps" });
    const student = await makeUser("student");
    await joinClass(student, { joinCode: `${c.joinCode.slice(0, 4)}-${c.joinCode.slice(4)}` });
    const list = await listClasses(student);
    expect(list).toEqual([{ id: c.id, name: "Lamps", teacherName: "Ms Keeper" }]);
    expect(JSON.stringify(list)).not.toContain(c.joinCode);
  });

  it("joining twice is idempotent and concurrent joins enroll once", async () => {
    const teacher = await makeUser("teacher");
    const c = await createClass(teacher, { name: "Race" });
    const student = await makeUser("student");
    const results = await Promise.all(
      Array.from({ length: 8 }, () => joinClass(student, { joinCode: c.joinCode })),
    );
    for (const r of results) expect(r.classId).toBe(c.id);
    // Exactly one of the racing joins enrolled the student; the others say they were already in.
    expect(results.filter((r) => !r.alreadyJoined)).toHaveLength(1);
    expect(await db.enrollment.count({ where: { classId: c.id, userId: student.id } })).toBe(1);
    expect(await joinClass(student, { joinCode: c.joinCode })).toMatchObject({
      classId: c.id,
      alreadyJoined: true,
    });
    expect(await db.enrollment.count({ where: { classId: c.id } })).toBe(1);
  });

  it("rotating the code retires the old one and keeps the roster", async () => {
    const teacher = await makeUser("teacher");
    const c = await createClass(teacher, { name: "Rotate" });
    const s1 = await makeUser("student");
    await joinClass(s1, { joinCode: c.joinCode });
    const { joinCode } = await rotateJoinCode(teacher, c.id);
    expect(joinCode).not.toBe(c.joinCode);
    expect(isJoinCode(joinCode)).toBe(true);
    const s2 = await makeUser("student");
    await expect(joinClass(s2, { joinCode: c.joinCode })).rejects.toMatchObject({
      code: "not_found",
    });
    await joinClass(s2, { joinCode });
    const detail = await getClassDetail(teacher, c.id);
    expect(detail.students.map((s) => s.userId).sort()).toEqual([s1.id, s2.id].sort());
    const other = await makeUser("teacher");
    await expect(rotateJoinCode(other, c.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses malformed codes with 422 and unknown ones with 404, and rate-limits guessing", async () => {
    const student = await makeUser("student");
    await expect(joinClass(student, { joinCode: "nope" })).rejects.toMatchObject({
      code: "invalid",
    });
    const now = new Date();
    let last: unknown;
    for (let i = 0; i < 25; i++) {
      last = await joinClass(student, { joinCode: "ZZZZ9999" }, now).catch((e) => e);
    }
    expect(last).toMatchObject({ code: "rate_limited" });
  });

  it("a removed student cannot rejoin with a code until the teacher restores them", async () => {
    const teacher = await makeUser("teacher");
    const c = await createClass(teacher, { name: "Removal" });
    const student = await makeUser("student");
    await joinClass(student, { joinCode: c.joinCode });
    const removed = await removeStudent(teacher, c.id, student.id);
    expect(removed.removedAt).toBeTruthy();
    // Removing again changes nothing.
    expect((await removeStudent(teacher, c.id, student.id)).removedAt).toBe(removed.removedAt);
    expect(await listClasses(student)).toEqual([]);
    await expect(joinClass(student, { joinCode: c.joinCode })).rejects.toMatchObject({
      code: "forbidden",
    });
    const detail = await getClassDetail(teacher, c.id);
    expect(detail.students).toEqual([]);
    expect(detail.removedStudents.map((s) => s.userId)).toEqual([student.id]);
    await restoreStudent(teacher, c.id, student.id);
    expect(await listClasses(student)).toHaveLength(1);
  });

  it("another teacher can neither see, remove from nor restore into a class", async () => {
    const teacher = await makeUser("teacher");
    const other = await makeUser("teacher");
    const c = await createClass(teacher, { name: "Mine" });
    const student = await makeUser("student");
    await joinClass(student, { joinCode: c.joinCode });
    await expect(getClassDetail(other, c.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(removeStudent(other, c.id, student.id)).rejects.toMatchObject({
      code: "not_found",
    });
    const stranger = await makeUser("student");
    await expect(restoreStudent(teacher, c.id, stranger.id)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await listClasses(other)).toEqual([]);
    expect((await getClassDetail(teacher, c.id)).students).toHaveLength(1);
  });
});
