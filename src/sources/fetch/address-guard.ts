import { BlockList, isIP } from 'node:net';

/**
 * Addresses a fetch must never reach unless the config allows them: loopback, private, link-local (cloud
 * metadata lives at 169.254.169.254), carrier NAT, multicast, documentation and reserved ranges. An IPv6 address
 * that carries an IPv4 address inside (IPv4-mapped, NAT64, 6to4, Teredo, ISATAP, …) is judged by that IPv4
 * address too, because something on the way (the kernel, a NAT64 gateway, a relay) may deliver it there.
 */
const BLOCKED_IPV4: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

/**
 * IPv6 ranges refused whatever they carry. Global unicast is 2000::/3: anything outside it is refused as well
 * (see isBlockedIPv6), so the ranges below 2000:: are listed for the reader, and the ones inside it because they
 * are not reachable on the internet.
 */
const BLOCKED_IPV6: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  // Local-use NAT64 (RFC 8215): the operator picks the prefix length, so where the IPv4 sits is unknown.
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard-only
  ['2001:2::', 48], // benchmarking
  ['2001:10::', 28], // ORCHID (deprecated)
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation
  ['5f00::', 16], // SRv6 segment identifiers
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

type Groups = readonly number[];

const blockedV4 = BLOCKED_IPV4.map(([net, prefix]) => ({ net: parseIPv4(net)!, prefix }));
const blockedV6 = BLOCKED_IPV6.map(([net, prefix]) => ({ net: parseIPv6(net)!, prefix }));

/** Parses "127.0.0.1", "::1", "10.0.0.0/8" into an allow list; throws on anything else. */
export function buildAllowList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefixText] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`not an IP address or CIDR range: "${entry}"`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(prefixText);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
        throw new Error(`bad prefix length in "${entry}"`);
      }
      list.addSubnet(address, prefix, type);
    }
  }
  return list;
}

/**
 * True when the address is not public and not explicitly allowed. An IPv4 address carried inside IPv6 is judged
 * exactly as that IPv4 address would be (allow list included), so `64:ff9b::8.8.8.8` passes and
 * `64:ff9b::10.0.0.1` does not. Anything that does not parse, or has a zone (`fe80::1%eth0`), is refused.
 */
export function isBlockedAddress(address: string, allow?: BlockList): boolean {
  const family = isIP(address);
  if (family === 4) return isBlockedIPv4(parseIPv4(address)!, allow);
  if (family !== 6 || address.includes('%')) return true;
  const groups = parseIPv6(address);
  if (!groups) return true;
  if (allow?.check(address, 'ipv6')) return false;
  return isBlockedIPv6(groups, allow);
}

function isBlockedIPv4(value: number, allow: BlockList | undefined): boolean {
  if (allow?.check(formatIPv4(value), 'ipv4')) return false;
  return blockedV4.some(({ net, prefix }) => prefix === 0 || value >>> (32 - prefix) === net >>> (32 - prefix));
}

function isBlockedIPv6(groups: Groups, allow: BlockList | undefined): boolean {
  if (blockedV6.some(({ net, prefix }) => inPrefix(groups, net, prefix))) return true;
  const carried = embeddedIPv4(groups);
  if (carried.ipv4Only) return carried.addresses.some((v4) => isBlockedIPv4(v4, allow));
  if ((groups[0]! & 0xe000) !== 0x2000) return true;
  return carried.addresses.some((v4) => isBlockedIPv4(v4, allow));
}

/**
 * The IPv4 addresses an IPv6 address carries. `ipv4Only` marks the forms that lie outside global unicast and
 * stand for nothing but their IPv4 address (mapped, compatible, translated, well-known NAT64).
 */
export function embeddedIPv4(groups: Groups): { addresses: number[]; ipv4Only: boolean } {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const low = join(g6, g7);
  const zeroTo = (end: number) => groups.slice(0, end).every((g) => g === 0);
  // ::ffff:0:0/96 mapped, ::/96 compatible (deprecated), ::ffff:0:0:0/96 translated (SIIT).
  if (zeroTo(5) && g5 === 0xffff) return { addresses: [low], ipv4Only: true };
  if (zeroTo(6)) return { addresses: [low], ipv4Only: true };
  if (zeroTo(4) && g4 === 0xffff && g5 === 0) return { addresses: [low], ipv4Only: true };
  // 64:ff9b::/96, the well-known NAT64 prefix (RFC 6052).
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return { addresses: [low], ipv4Only: true };
  const addresses: number[] = [];
  // 6to4 (2002::/16): the site's IPv4 follows the prefix.
  if (g0 === 0x2002) addresses.push(join(g1, g2));
  // Teredo (2001::/32): the server's IPv4, then the client's in the last 32 bits with every bit inverted.
  if (g0 === 0x2001 && g1 === 0) addresses.push(join(g2, g3), (~low) >>> 0);
  // ISATAP interface id (RFC 5214): 0000:5efe or 0200:5efe (the u/g bits may be set), then the IPv4 address.
  if ((g4 & 0xfcff) === 0 && g5 === 0x5efe) addresses.push(low);
  return { addresses, ipv4Only: false };
}

function join(high: number, low: number): number {
  return ((high << 16) | low) >>> 0;
}

function inPrefix(groups: Groups, net: Groups, prefix: number): boolean {
  for (let i = 0; i < 8 && prefix > 0; i++, prefix -= 16) {
    const bits = Math.min(16, prefix);
    const shift = 16 - bits;
    if (groups[i]! >>> shift !== net[i]! >>> shift) return false;
  }
  return true;
}

function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
}

function formatIPv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.');
}

/** Eight 16-bit groups, with "::" expanded and a dotted-quad tail ("::ffff:1.2.3.4") read as two groups. */
export function parseIPv6(text: string): number[] | undefined {
  let body = text.toLowerCase();
  const tail: number[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted) {
    const v4 = parseIPv4(dotted[2]!);
    if (v4 === undefined) return undefined;
    tail.push(v4 >>> 16, v4 & 0xffff);
    // "::1.2.3.4" keeps its "::"; "1:2:3:4:5:6:1.2.3.4" loses the separator before the IPv4 part.
    body = dotted[1]!.endsWith('::') ? dotted[1]! : dotted[1]!.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const read = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = read(halves[0]!);
  const rest = halves.length === 2 ? read(halves[1]!) : [];
  if (!head || !rest) return undefined;
  const given = head.length + rest.length + tail.length;
  if (halves.length === 2 ? given > 7 : given !== 8) return undefined;
  return [...head, ...Array<number>(8 - given).fill(0), ...rest, ...tail];
}
