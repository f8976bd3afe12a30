// The reference for `npm run bench:webhooks`: the least a webhook receiver can do, plain
// node:http and one better-sqlite3 insert per request, on a database opened the same way.
import { createServer } from "node:http";

import { openSqlite } from "../../lib/db/sqlite-file";

const file = process.argv[2] ?? "reference.db";
const db = openSqlite(`file:${file}`);
db.exec(
  "CREATE TABLE IF NOT EXISTS receipt (id INTEGER PRIMARY KEY, token TEXT, body TEXT, received_at TEXT)",
);
const insert = db.prepare("INSERT INTO receipt (token, body, received_at) VALUES (?, ?, ?)");

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const token = req.url?.split("/").at(-1) ?? "";
    insert.run(token, Buffer.concat(chunks).toString("utf8"), new Date().toISOString());
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
