/**
 * When the wasm engine panics, its panic hook hands the message to `globalThis.PRISMA_WASM_PANIC_REGISTRY` (which
 * Prisma's CLI defines in its own process) and then traps. Without the registry the hook itself throws a TypeError
 * that hides the panic; with it, the trap can be reported with the engine's message.
 */
class PanicRegistry {
  private message = "";

  set_message(message: string): void {
    this.message = message;
  }

  take(): string | undefined {
    const message = this.message;
    this.message = "";
    return message || undefined;
  }
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

export const panics = (globalThis.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry());
