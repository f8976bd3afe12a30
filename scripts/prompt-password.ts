import { createInterface } from "node:readline";
import { Writable } from "node:stream";

import { CliError } from "./cli-args";

/** Asks for a password twice on the terminal, without echoing it. */
export async function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new CliError("no --password given and no terminal to ask for one on");
  }
  const first = await askHidden("Password: ");
  const second = await askHidden("Password again: ");
  if (first !== second) throw new CliError("the two passwords are not the same");
  return first;
}

function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    reader.question(question, (answer) => {
      reader.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}
