-- CreateIndex
CREATE INDEX "Card_userId_state_due_itemId_idx" ON "Card"("userId", "state", "due", "itemId");

