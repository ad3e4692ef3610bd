-- AlterTable
ALTER TABLE "Item" ADD COLUMN "reason" TEXT;
