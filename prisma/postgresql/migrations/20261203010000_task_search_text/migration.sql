-- AlterTable
ALTER TABLE "task" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

