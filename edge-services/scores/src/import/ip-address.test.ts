import { describe, expect, test } from "vitest";
import { isIpLiteral, isPublicAddress, parseIPv4, parseIPv6 } from "./ip-address";

describe("parseIPv4", () => {
  test.each([
    ["127.0.0.1", 0x7f000001],
    ["2130706433", 0x7f000001],
    ["0x7f000001", 0x7f000001],
    ["0x7f.1", 0x7f000001],
    ["0177.0.0.1", 0x7f000001],
    ["127.1", 0x7f000001],
    ["127.0.1", 0x7f000001],
    ["017700000001", 0x7f000001],
    ["0x7F.0x00.0x00.0x01", 0x7f000001],
    ["169.254.169.254.", 0xa9fea9fe],
    ["1.2.3.0x", 0x01020300], // "0x" alone is zero, as the URL parser reads it
  ])("reads %j as the same address", (text, value) => {
    expect(parseIPv4(text)).toBe(value);
  });

  test.each(["256.0.0.1", "1.2.3.4.5", "example.com", "1.2.3.0xg", "08.1.1.1", "4294967296", ""])(
    "refuses %j",
    (text) => {
      expect(parseIPv4(text)).toBeNull();
    },
  );
});

describe("parseIPv6", () => {
  test("expands :: and embedded IPv4", () => {
    expect(parseIPv6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("[::ffff:127.0.0.1]")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6("fe80::1%eth0")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("1:2:3:4:5:6:7:8:9")).toBeNull();
    expect(parseIPv6("1::2::3")).toBeNull();
  });
});

describe("isPublicAddress", () => {
  test.each([
    "127.0.0.1",
    "2130706433",
    "0x7f.1",
    "0177.0.0.1",
    "127.1",
    "0.0.0.0",
    "0",
    "10.1.2.3",
    "012.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "0xc0a80101",
    "169.254.169.254",
    "2852039166",
    "100.64.0.1",
    "100.127.255.255",
    "224.0.0.1",
    "239.255.255.250",
    "255.255.255.255",
    "::",
    "::1",
    "[::1]",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "::127.0.0.1",
    "::ffff:10.0.0.1",
    "64:ff9b::10.0.0.1",
    "2002:7f00:1::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "ff02::1",
    "2001:db8::1",
    "fd00:ec2::254",
    "not an address",
  ])("refuses %j", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  test.each([
    "1.1.1.1",
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "93.184.216.34",
    "2606:4700:4700::1111",
    "::ffff:1.1.1.1",
    "[2a00:1450:4001::200e]",
  ])("allows public %j", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("isIpLiteral", () => {
  test("tells IP spellings from names", () => {
    expect(isIpLiteral("0x7f.1")).toBe(true);
    expect(isIpLiteral("[::1]")).toBe(true);
    expect(isIpLiteral("scores.example.org")).toBe(false);
    expect(isIpLiteral("1.2.3.com")).toBe(false);
  });
});
