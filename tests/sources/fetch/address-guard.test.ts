import { describe, expect, it } from 'vitest';
import { buildAllowList, embeddedIPv4, isBlockedAddress, parseIPv6 } from '../../../src/sources/fetch/address-guard.js';

describe('address guard', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier NAT'],
    ['0.0.0.0', 'this network'],
    ['192.0.2.7', 'documentation'],
    ['192.88.99.1', '6to4 relay anycast'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['2606:4700::1%2', 'a zone on any address'],
    ['fd12:3456::1', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001:2::1', 'benchmarking'],
    ['2001:10::1', 'ORCHID'],
    ['5f00::1', 'SRv6'],
    ['100::1', 'discard-only'],
    ['1::1', 'outside global unicast'],
    ['4000::1', 'outside global unicast'],
    ['not-an-ip', 'not an address'],
  ])('refuses %s (%s)', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::1111', '2a00:1450:4001:80b::200e'])('lets public %s through', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });

  // Every form that carries an IPv4 address is judged by it: blocked inside, public outside.
  it.each([
    ['IPv4-mapped', '::ffff:10.0.0.1', true],
    ['IPv4-mapped', '::ffff:7f00:1', true],
    ['IPv4-mapped, written out', '0:0:0:0:0:ffff:a9fe:a9fe', true],
    ['IPv4-mapped', '::ffff:8.8.8.8', false],
    ['IPv4-compatible', '::a9fe:a9fe', true],
    ['IPv4-compatible', '::169.254.169.254', true],
    ['IPv4-compatible', '::127.0.0.1', true],
    ['IPv4-compatible', '::808:808', false],
    ['IPv4-translated', '::ffff:0:a9fe:a9fe', true],
    ['IPv4-translated', '::ffff:0:10.1.2.3', true],
    ['IPv4-translated', '::ffff:0:808:808', false],
    ['NAT64 well-known', '64:ff9b::a00:1', true],
    ['NAT64 well-known', '64:ff9b::169.254.169.254', true],
    ['NAT64 well-known', '64:ff9b::8.8.8.8', false],
    ['NAT64 well-known', '64:ff9b::5db8:d70e', false],
    ['NAT64 local-use', '64:ff9b:1::a9fe:a9fe', true],
    ['NAT64 local-use', '64:ff9b:1:808:8:800::', true],
    ['NAT64 local-use', '64:ff9b:1::8.8.8.8', true],
    ['6to4', '2002:a00:1::1', true],
    ['6to4', '2002:a9fe:a9fe::1', true],
    ['6to4', '2002:7f00:1:1::1', true],
    ['6to4', '2002:808:808::1', false],
    ['Teredo, private server', '2001:0:a00:1:0:0:f7f7:f7f7', true],
    ['Teredo, client 169.254.169.254', '2001:0:808:808:8000:ffff:5601:5601', true],
    ['Teredo, client 127.0.0.1', '2001:0:808:808::80ff:fffe', true],
    ['Teredo, client 192.0.2.45 (documentation)', '2001:0:4136:e378:8000:63bf:3fff:fdd2', true],
    ['Teredo, public server and client', '2001:0:4136:e378:8000:63bf:f7f7:fbfb', false],
    ['ISATAP, global prefix', '2606:4700:1:2:0:5efe:a9fe:a9fe', true],
    ['ISATAP, global prefix, u bit', '2606:4700:1:2:200:5efe:10.0.0.1', true],
    ['ISATAP, global prefix', '2606:4700:1:2:200:5efe:8.8.8.8', false],
    ['ISATAP, link-local prefix', 'fe80::200:5efe:8.8.8.8', true],
    ['6to4 with ISATAP inside', '2002:808:808:1:0:5efe:c0a8:101', true],
  ])('%s %s: blocked %s', (_form, address, expected) => {
    expect(isBlockedAddress(address)).toBe(expected);
  });

  it('finds the IPv4 addresses each form carries', () => {
    const found = (address: string) => embeddedIPv4(parseIPv6(address)!).addresses.map((v) => [24, 16, 8, 0].map((s) => (v >>> s) & 255).join('.'));
    expect(found('::ffff:1.2.3.4')).toEqual(['1.2.3.4']);
    expect(found('::102:304')).toEqual(['1.2.3.4']);
    expect(found('::ffff:0:102:304')).toEqual(['1.2.3.4']);
    expect(found('64:ff9b::1.2.3.4')).toEqual(['1.2.3.4']);
    expect(found('2002:102:304::1')).toEqual(['1.2.3.4']);
    expect(found('2001:0:102:304:8000:ffff:fefd:fcfb')).toEqual(['1.2.3.4', '1.2.3.4']);
    expect(found('2001:db8::5efe:1.2.3.4')).toEqual(['1.2.3.4']);
    expect(found('2606:4700::1111')).toEqual([]);
  });

  it('parses IPv6 in every spelling, and refuses what is not IPv6', () => {
    expect(parseIPv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(parseIPv6('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x102, 0x304]);
    expect(parseIPv6('FE80::A:B')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0xa, 0xb]);
    expect(parseIPv6('1:2:3:4:5:6:7::')).toEqual([1, 2, 3, 4, 5, 6, 7, 0]);
    expect(parseIPv6('1:2:3:4:5:6:7:8:9')).toBeUndefined();
    expect(parseIPv6('1::2::3')).toBeUndefined();
    expect(parseIPv6('1:2:3:4:5:6:7')).toBeUndefined();
    expect(parseIPv6('::1.2.3.256')).toBeUndefined();
    expect(parseIPv6('12345::')).toBeUndefined();
  });

  it('allows exactly what the config lists and nothing next to it', () => {
    const allow = buildAllowList(['127.0.0.1', '10.20.0.0/16']);
    expect(isBlockedAddress('127.0.0.1', allow)).toBe(false);
    expect(isBlockedAddress('127.0.0.2', allow)).toBe(true);
    expect(isBlockedAddress('10.20.3.4', allow)).toBe(false);
    expect(isBlockedAddress('10.21.0.1', allow)).toBe(true);
    expect(isBlockedAddress('169.254.169.254', allow)).toBe(true);
    expect(isBlockedAddress('::1', allow)).toBe(true);
  });

  it('applies the allow list to a carried IPv4 address as to the address itself', () => {
    const allow = buildAllowList(['127.0.0.1', '10.20.0.0/16']);
    expect(isBlockedAddress('::ffff:127.0.0.1', allow)).toBe(false);
    expect(isBlockedAddress('64:ff9b::10.20.1.1', allow)).toBe(false);
    expect(isBlockedAddress('64:ff9b::10.21.1.1', allow)).toBe(true);
    expect(isBlockedAddress('2002:a14:101::1', allow)).toBe(false);
    expect(isBlockedAddress('::ffff:127.0.0.2', allow)).toBe(true);
  });

  it('allows listed IPv6 addresses and ranges', () => {
    const allow = buildAllowList(['::1', 'fd00:1::/32']);
    expect(isBlockedAddress('::1', allow)).toBe(false);
    expect(isBlockedAddress('fd00:1:2::3', allow)).toBe(false);
    expect(isBlockedAddress('fd00:2::3', allow)).toBe(true);
    expect(isBlockedAddress('127.0.0.1', allow)).toBe(true);
  });

  it('rejects allow-list entries that are not addresses', () => {
    expect(() => buildAllowList(['intranet.local'])).toThrow('not an IP address or CIDR range: "intranet.local"');
    expect(() => buildAllowList(['10.0.0.0/33'])).toThrow('bad prefix length in "10.0.0.0/33"');
  });
});
