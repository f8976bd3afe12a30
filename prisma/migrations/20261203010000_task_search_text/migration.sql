-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTING',
    "upstream_task_id" TEXT,
    "callback_token_hash" TEXT NOT NULL,
    "idempotency_key" TEXT,
    "error_code" TEXT,
    "error_message" TEXT,
    "submitted_at" DATETIME,
    "accepted_at" DATETIME,
    "text_at" DATETIME,
    "first_at" DATETIME,
    "succeeded_at" DATETIME,
    "failed_at" DATETIME,
    "timed_out_at" DATETIME,
    "last_progress_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_poll_at" DATETIME,
    "poll_count" INTEGER NOT NULL DEFAULT 0,
    "poll_lease_owner" TEXT,
    "poll_lease_until" DATETIME,
    "media_status" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "retry_of_id" TEXT,
    "parent_task_id" TEXT,
    "parent_track_id" TEXT,
    "created_by_id" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "task_retry_of_id_fkey" FOREIGN KEY ("retry_of_id") REFERENCES "task" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "task_parent_task_id_fkey" FOREIGN KEY ("parent_task_id") REFERENCES "task" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "task_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_task" ("accepted_at", "callback_token_hash", "created_at", "created_by_id", "error_code", "error_message", "failed_at", "first_at", "id", "idempotency_key", "input", "kind", "last_progress_at", "media_status", "next_poll_at", "parent_task_id", "parent_track_id", "poll_count", "poll_lease_owner", "poll_lease_until", "retry_of_id", "status", "submitted_at", "succeeded_at", "text_at", "timed_out_at", "updated_at", "upstream_task_id") SELECT "accepted_at", "callback_token_hash", "created_at", "created_by_id", "error_code", "error_message", "failed_at", "first_at", "id", "idempotency_key", "input", "kind", "last_progress_at", "media_status", "next_poll_at", "parent_task_id", "parent_track_id", "poll_count", "poll_lease_owner", "poll_lease_until", "retry_of_id", "status", "submitted_at", "succeeded_at", "text_at", "timed_out_at", "updated_at", "upstream_task_id" FROM "task";
DROP TABLE "task";
ALTER TABLE "new_task" RENAME TO "task";
CREATE UNIQUE INDEX "task_callback_token_hash_key" ON "task"("callback_token_hash");
CREATE UNIQUE INDEX "task_idempotency_key_key" ON "task"("idempotency_key");
CREATE INDEX "task_created_at_id_idx" ON "task"("created_at" DESC, "id" DESC);
CREATE INDEX "task_status_created_at_idx" ON "task"("status", "created_at" DESC);
CREATE INDEX "task_kind_created_at_idx" ON "task"("kind", "created_at" DESC);
CREATE INDEX "task_next_poll_at_idx" ON "task"("next_poll_at");
CREATE INDEX "task_upstream_task_id_idx" ON "task"("upstream_task_id");
CREATE INDEX "task_retry_of_id_idx" ON "task"("retry_of_id");
CREATE INDEX "task_parent_task_id_idx" ON "task"("parent_task_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

