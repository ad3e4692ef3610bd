-- AlterTable
ALTER TABLE "Essay" ADD COLUMN     "fileName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "fileType" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "EssayUpload" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'queued',
    "itemsTotal" INTEGER NOT NULL DEFAULT 0,
    "itemsStored" INTEGER NOT NULL DEFAULT 0,
    "essaySlug" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EssayUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EssayUpload_createdAt_idx" ON "EssayUpload"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EssayUpload_userId_clientKey_key" ON "EssayUpload"("userId", "clientKey");

