import { EventEmitter } from "node:events";

const holder = globalThis as { __soundcheckReceiptWake?: EventEmitter };

// The webhook route stores a receipt and wakes the worker in the same process, so a
// receipt is applied at once instead of on the worker's next round.
function emitter(): EventEmitter {
  holder.__soundcheckReceiptWake ??= new EventEmitter().setMaxListeners(0);
  return holder.__soundcheckReceiptWake;
}

export function wakeReceiptWorker(): void {
  emitter().emit("wake");
}

export function onReceiptWake(listener: () => void): () => void {
  emitter().on("wake", listener);
  return () => emitter().off("wake", listener);
}
