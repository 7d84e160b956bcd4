import { describe, expect, it } from 'vitest';
import { buildAllowList, isBlockedAddress } from '../../../src/sources/fetch/address-guard.js';

describe('address guard', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '2002:a00:1::1',
    '64:ff9b::a00:1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('lets public %s through', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });

  it('allows exactly what the config lists and nothing next to it', () => {
    const allow = buildAllowList(['127.0.0.1', '10.20.0.0/16']);
    expect(isBlockedAddress('127.0.0.1', allow)).toBe(false);
    expect(isBlockedAddress('127.0.0.2', allow)).toBe(true);
    expect(isBlockedAddress('10.20.3.4', allow)).toBe(false);
    expect(isBlockedAddress('10.21.0.1', allow)).toBe(true);
    expect(isBlockedAddress('169.254.169.254', allow)).toBe(true);
  });

  it('rejects allow-list entries that are not addresses', () => {
    expect(() => buildAllowList(['intranet.local'])).toThrow('not an IP address or CIDR range: "intranet.local"');
    expect(() => buildAllowList(['10.0.0.0/33'])).toThrow('bad prefix length in "10.0.0.0/33"');
  });
});
