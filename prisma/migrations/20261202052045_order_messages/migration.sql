-- CreateEnum
CREATE TYPE "MessageAuthor" AS ENUM ('STAFF', 'EMPLOYER');

-- CreateTable
CREATE TABLE "OrderMessage" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "author" "MessageAuthor" NOT NULL,
    "authorUserId" TEXT,
    "authorName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "OrderMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrderMessage_orderId_at_idx" ON "OrderMessage"("orderId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "OrderMessage_orderId_key_key" ON "OrderMessage"("orderId", "key");

-- AddForeignKey
ALTER TABLE "OrderMessage" ADD CONSTRAINT "OrderMessage_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "JobOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

