-- CreateTable
CREATE TABLE "EssayJob" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "uploadKey" TEXT,
    "input" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "runnerId" TEXT,
    "claimedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),
    "essayId" TEXT,
    "slug" TEXT,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "EssayJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EssayJob_state_createdAt_idx" ON "EssayJob"("state", "createdAt");

