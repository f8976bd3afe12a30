-- CreateTable
CREATE TABLE "task" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTING',
    "upstream_task_id" TEXT,
    "callback_token_hash" TEXT NOT NULL,
    "idempotency_key" TEXT,
    "error_code" TEXT,
    "error_message" TEXT,
    "submitted_at" TIMESTAMP(3),
    "accepted_at" TIMESTAMP(3),
    "text_at" TIMESTAMP(3),
    "first_at" TIMESTAMP(3),
    "succeeded_at" TIMESTAMP(3),
    "failed_at" TIMESTAMP(3),
    "timed_out_at" TIMESTAMP(3),
    "last_progress_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_poll_at" TIMESTAMP(3),
    "poll_count" INTEGER NOT NULL DEFAULT 0,
    "poll_lease_owner" TEXT,
    "poll_lease_until" TIMESTAMP(3),
    "media_status" TEXT,
    "retry_of_id" TEXT,
    "parent_task_id" TEXT,
    "parent_track_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_result" (
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT,
    "tags" TEXT,
    "duration" DOUBLE PRECISION,
    "text" TEXT,
    "model_name" TEXT,
    "raw" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "task_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media_file" (
    "id" TEXT NOT NULL,
    "result_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "source_url" TEXT NOT NULL,
    "local_path" TEXT,
    "content_type" TEXT,
    "size_bytes" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'REMOTE',
    "error" TEXT,
    "copied_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "media_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "callback_receipt" (
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "raw_body" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "source_address" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body_hash" TEXT NOT NULL,
    "dedupe_key" TEXT,
    "callback_type" TEXT,
    "upstream_task_id" TEXT,
    "outcome" TEXT NOT NULL DEFAULT 'PENDING',
    "outcome_detail" TEXT,
    "processed_at" TIMESTAMP(3),

    CONSTRAINT "callback_receipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "poll_attempt" (
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trigger" TEXT NOT NULL DEFAULT 'poller',
    "http_status" INTEGER,
    "provider_code" INTEGER,
    "status_seen" TEXT,
    "latency_ms" INTEGER,
    "error" TEXT,
    "instance_id" TEXT,

    CONSTRAINT "poll_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "run_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 5,
    "lease_owner" TEXT,
    "lease_until" TIMESTAMP(3),
    "last_error" TEXT,
    "finished_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "email_verified" TIMESTAMP(3),
    "image" TEXT,
    "password_hash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'member',
    "disabled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_token" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "task_callback_token_hash_key" ON "task"("callback_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "task_idempotency_key_key" ON "task"("idempotency_key");

-- CreateIndex
CREATE INDEX "task_created_at_id_idx" ON "task"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "task_status_created_at_idx" ON "task"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "task_kind_created_at_idx" ON "task"("kind", "created_at" DESC);

-- CreateIndex
CREATE INDEX "task_next_poll_at_idx" ON "task"("next_poll_at");

-- CreateIndex
CREATE INDEX "task_upstream_task_id_idx" ON "task"("upstream_task_id");

-- CreateIndex
CREATE INDEX "task_retry_of_id_idx" ON "task"("retry_of_id");

-- CreateIndex
CREATE INDEX "task_parent_task_id_idx" ON "task"("parent_task_id");

-- CreateIndex
CREATE UNIQUE INDEX "task_result_task_id_type_key_key" ON "task_result"("task_id", "type", "key");

-- CreateIndex
CREATE INDEX "media_file_status_idx" ON "media_file"("status");

-- CreateIndex
CREATE UNIQUE INDEX "media_file_result_id_role_key" ON "media_file"("result_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "callback_receipt_dedupe_key_key" ON "callback_receipt"("dedupe_key");

-- CreateIndex
CREATE INDEX "callback_receipt_task_id_received_at_idx" ON "callback_receipt"("task_id", "received_at");

-- CreateIndex
CREATE INDEX "callback_receipt_outcome_received_at_idx" ON "callback_receipt"("outcome", "received_at");

-- CreateIndex
CREATE INDEX "poll_attempt_task_id_started_at_idx" ON "poll_attempt"("task_id", "started_at");

-- CreateIndex
CREATE INDEX "job_finished_at_run_at_idx" ON "job"("finished_at", "run_at");

-- CreateIndex
CREATE INDEX "job_kind_run_at_idx" ON "job"("kind", "run_at");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "account_user_id_idx" ON "account"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "account_provider_provider_account_id_key" ON "account"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_session_token_key" ON "session"("session_token");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "verification_token_token_key" ON "verification_token"("token");

-- CreateIndex
CREATE UNIQUE INDEX "verification_token_identifier_token_key" ON "verification_token"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_retry_of_id_fkey" FOREIGN KEY ("retry_of_id") REFERENCES "task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_parent_task_id_fkey" FOREIGN KEY ("parent_task_id") REFERENCES "task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_result" ADD CONSTRAINT "task_result_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_file" ADD CONSTRAINT "media_file_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "task_result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callback_receipt" ADD CONSTRAINT "callback_receipt_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "poll_attempt" ADD CONSTRAINT "poll_attempt_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

