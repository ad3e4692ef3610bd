-- CreateTable
CREATE TABLE "EssayJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "uploadKey" TEXT,
    "input" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "runnerId" TEXT,
    "claimedAt" DATETIME,
    "heartbeatAt" DATETIME,
    "essayId" TEXT,
    "slug" TEXT,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "EssayJob_state_createdAt_idx" ON "EssayJob"("state", "createdAt");

