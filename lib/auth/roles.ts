export const ROLES = ["student", "teacher"] as const;
export type Role = (typeof ROLES)[number];
