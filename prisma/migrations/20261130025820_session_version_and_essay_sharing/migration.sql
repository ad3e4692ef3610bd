-- AlterTable
ALTER TABLE "Essay" ADD COLUMN "sharedAt" DATETIME;

-- AlterTable (a plain ADD COLUMN: SQLite allows NOT NULL with a constant default, and other
-- migrations touching User need not be ordered around a table rebuild)
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
