import { describe, expect, it } from 'vitest';
import { isAllowedByRobots, parseRobotsTxt } from '../../../src/sources/fetch/robots-txt.js';

describe('robots.txt', () => {
  const text = [
    'User-agent: *',
    'Disallow: /private/',
    'Allow: /private/press/',
    '',
    'User-agent: otherbot',
    'Disallow: /',
    '',
    'User-agent: newsbrief',
    'Disallow: /archive/*.pdf$',
    'Disallow: /search',
  ].join('\n');

  it('uses the group naming newsbrief over the * group', () => {
    const rules = parseRobotsTxt(text, 'newsbrief');
    expect(rules).toEqual({ allow: [], disallow: ['/archive/*.pdf$', '/search'] });
    expect(isAllowedByRobots(rules, '/private/x')).toBe(true);
    expect(isAllowedByRobots(rules, '/search?q=x')).toBe(false);
    expect(isAllowedByRobots(rules, '/archive/2020/a.pdf')).toBe(false);
    expect(isAllowedByRobots(rules, '/archive/2020/a.pdf.html')).toBe(true);
  });

  it('falls back to * and lets the longest rule win, Allow on ties', () => {
    const rules = parseRobotsTxt('User-agent: *\nDisallow: /private/\nAllow: /private/press/\n', 'newsbrief');
    expect(isAllowedByRobots(rules, '/private/memo')).toBe(false);
    expect(isAllowedByRobots(rules, '/private/press/release')).toBe(true);
    expect(isAllowedByRobots(rules, '/news/today')).toBe(true);
  });

  it('treats an empty Disallow as allow-all', () => {
    expect(isAllowedByRobots(parseRobotsTxt('User-agent: *\nDisallow:\n', 'newsbrief'), '/anything')).toBe(true);
  });
});
