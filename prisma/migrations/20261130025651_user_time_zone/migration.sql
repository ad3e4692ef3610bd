-- AlterTable (additive: other migrations may redefine User too)
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'UTC';
