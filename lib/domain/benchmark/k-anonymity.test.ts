import { describe, expect, it } from "vitest";
import { checkPeerGroup, DEFAULT_MIN_PEERS, minPeersFrom } from "./k-anonymity";

describe("k-anonymity rule", () => {
  it("needs five institutions by default", () => {
    expect(DEFAULT_MIN_PEERS).toBe(5);
    expect(checkPeerGroup(5)).toEqual({ ok: true, peers: 5, k: 5 });
    const four = checkPeerGroup(4);
    expect(four.ok).toBe(false);
    if (!four.ok) expect(four.reason).toMatch(/Fewer than 5 institutions/);
  });
  it("does not say how many institutions a too-narrow group has", () => {
    const one = checkPeerGroup(1);
    const three = checkPeerGroup(3);
    expect(one.ok || three.ok).toBe(false);
    if (!one.ok && !three.ok) expect(one.reason).toBe(three.reason);
  });
  it("may be raised but never lowered below five", () => {
    expect(minPeersFrom(undefined)).toBe(5);
    expect(minPeersFrom("8")).toBe(8);
    expect(minPeersFrom("3")).toBe(5);
    expect(minPeersFrom("0")).toBe(5);
    expect(minPeersFrom("seven")).toBe(5);
    expect(minPeersFrom("6.5")).toBe(5);
    expect(checkPeerGroup(4, 2).ok).toBe(false);
    expect(checkPeerGroup(7, 8).ok).toBe(false);
  });
});
