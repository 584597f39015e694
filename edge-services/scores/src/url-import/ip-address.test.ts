import { describe, expect, test } from "vitest";
import { classifyHost, isPublicAddress, parseIpv6 } from "./ip-address";

/** What a URL's hostname becomes after the WHATWG parser, the input `classifyHost` gets. */
const hostOf = (url: string) => new URL(url).hostname;

describe("classifyHost", () => {
  test.each([
    "http://127.0.0.1/",
    "http://127.1/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://0x7f.1/",
    "http://0/",
    "http://10.1.2.3/",
    "http://172.16.0.1/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://198.18.0.1/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://[::1]/",
    "http://[::]/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[::127.0.0.1]/",
    "http://[64:ff9b::10.0.0.1]/",
    "http://[2002:c0a8:0101::1]/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://[fe80::1]/",
    "http://[ff02::1]/",
    "http://[2001:db8::1]/",
  ])("refuses the internal address %s", (url) => {
    expect(classifyHost(hostOf(url))).toEqual({ kind: "ip", isPublic: false });
  });

  test.each([
    "http://localhost/",
    "http://LOCALHOST./",
    "http://scores.localhost/",
    "http://printer.local/",
    "http://db.internal/",
    "http://nas.home.arpa/",
    "http://intranet/",
  ])("refuses the internal name %s", (url) => {
    expect(classifyHost(hostOf(url))).toEqual({ kind: "name", isPublic: false });
  });

  test.each([
    ["http://93.184.215.14/", "ip"],
    ["http://172.32.0.1/", "ip"],
    ["http://[2606:4700::6810:84e5]/", "ip"],
    ["http://[::ffff:8.8.8.8]/", "ip"],
    ["https://imslp.org/", "name"],
    ["https://www.mutopiaproject.org./", "name"],
  ])("lets %s through", (url, kind) => {
    expect(classifyHost(hostOf(url))).toEqual({ kind, isPublic: true });
  });
});

describe("isPublicAddress (resolver answers)", () => {
  test.each([
    ["8.8.8.8", true],
    ["10.0.0.1", false],
    ["127.0.0.53", false],
    ["2606:4700:4700::1111", true],
    ["::1", false],
    ["fe80::abcd", false],
    ["::ffff:10.0.0.1", false],
    ["not an address", false],
  ])("%s is public: %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("parseIpv6", () => {
  test("expands :: and an embedded dotted quad into eight groups", () => {
    expect(parseIpv6("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIpv6("2001:db8::1")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
  });

  test("rejects malformed literals", () => {
    for (const text of ["1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "g::1", "1:2:3:4:5:6:7"]) {
      expect(parseIpv6(text)).toBeNull();
    }
  });
});
