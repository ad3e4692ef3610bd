-- DropIndex
DROP INDEX "Card_userId_state_idx";

-- CreateIndex
CREATE INDEX "Card_userId_state_due_idx" ON "Card"("userId", "state", "due");

