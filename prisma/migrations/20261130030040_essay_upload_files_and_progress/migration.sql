-- CreateTable
CREATE TABLE "EssayUpload" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'queued',
    "itemsTotal" INTEGER NOT NULL DEFAULT 0,
    "itemsStored" INTEGER NOT NULL DEFAULT 0,
    "essaySlug" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable (new columns with constant defaults: SQLite adds them in place, no table rebuild)
ALTER TABLE "Essay" ADD COLUMN "fileType" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Essay" ADD COLUMN "fileName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "EssayUpload_createdAt_idx" ON "EssayUpload"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EssayUpload_userId_clientKey_key" ON "EssayUpload"("userId", "clientKey");

