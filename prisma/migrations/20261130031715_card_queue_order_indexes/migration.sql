-- DropIndex
DROP INDEX "Card_userId_due_idx";

-- DropIndex
DROP INDEX "Card_userId_state_due_idx";

-- CreateIndex
CREATE INDEX "Card_userId_due_createdAt_idx" ON "Card"("userId", "due", "createdAt");

-- CreateIndex
CREATE INDEX "Card_userId_state_due_createdAt_idx" ON "Card"("userId", "state", "due", "createdAt");

