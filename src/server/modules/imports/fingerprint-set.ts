// A compact set of 64-bit fingerprints (the first 8 bytes of a keyed hash): 8 bytes a person instead of a
// string key, so checking an extract of hundreds of thousands of persons for duplicates keeps memory
// nearly flat. Two different persons share a fingerprint with odds of about n²/2^65 — none in practice.

export class FingerprintSet {
  private capacity = 1024;
  private table = new Uint32Array(this.capacity * 2);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the hash's fingerprint; false when it was already there. */
  add(hash: Uint8Array): boolean {
    if ((this.count + 1) * 2 > this.capacity) this.grow();
    const view = new DataView(hash.buffer, hash.byteOffset, 8);
    return this.insert(view.getUint32(0), view.getUint32(4) || 1);
  }

  private insert(high: number, low: number): boolean {
    const mask = this.capacity - 1;
    for (let slot = high & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      if (this.table[at + 1] === 0) {
        this.table[at] = high;
        this.table[at + 1] = low;
        this.count++;
        return true;
      }
      if (this.table[at] === high && this.table[at + 1] === low) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.capacity *= 2;
    this.table = new Uint32Array(this.capacity * 2);
    this.count = 0;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] !== 0) this.insert(old[at]!, old[at + 1]!);
    }
  }
}
