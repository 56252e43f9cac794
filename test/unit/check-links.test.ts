import { describe, expect, test } from 'vitest';
import {
  checkSite,
  checkSiteLinks,
  extractIds,
  extractLinks,
  formatLinkProblem,
  githubAnnotation,
  type LinkProblem,
} from '../../scripts/lib/links/check-links.ts';

const SITE = 'https://northwind-labs.github.io';

/** A small built site: page paths relative to the output folder, and their bodies. */
function site(pages: Record<string, string>, assets: string[] = []) {
  const pageMap = new Map(Object.entries(pages).map(([page, body]) => [page, `<!doctype html>\n<html>\n<body>\n${body}\n</body>\n</html>\n`]));
  return { pages: pageMap, files: new Set([...pageMap.keys(), ...assets]) };
}

function check(pages: Record<string, string>, options: { base?: string; assets?: string[] } = {}): LinkProblem[] {
  const built = site(pages, options.assets);
  return checkSiteLinks(built.pages, { base: options.base ?? '/', siteOrigin: SITE, files: built.files });
}

const messages = (problems: LinkProblem[]) => problems.map((problem) => `${problem.page}:${problem.line} ${problem.href} — ${problem.message}`);

describe('extracting links and ids', () => {
  test('finds URLs in links, stylesheets, scripts and images, with their lines, and decodes entities', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/Base.css">',
      "<a class='brand' href='/'>Home</a>",
      '<a href="/search/?q=a&amp;b=c">Search</a>',
      '<script type="module" src="/_astro/page.js"></script>',
      '<img alt="a > b" src="/logo.svg" srcset="/logo-1x.png 1x, /logo-2x.png 2x">',
      '<iframe src="/embed/"></iframe><video src="/talk.mp4"><source src="/talk.webm"></video>',
    ].join('\n');
    expect(extractLinks(html)).toEqual([
      { href: '/_astro/Base.css', line: 1 },
      { href: '/', line: 2 },
      { href: '/search/?q=a&b=c', line: 3 },
      { href: '/_astro/page.js', line: 4 },
      { href: '/logo.svg', line: 5 },
      { href: '/logo-1x.png', line: 5 },
      { href: '/logo-2x.png', line: 5 },
      { href: '/embed/', line: 6 },
      { href: '/talk.mp4', line: 6 },
      { href: '/talk.webm', line: 6 },
    ]);
  });

  test('ignores links in comments, in inline scripts, and attributes that only look like URLs', () => {
    const html = [
      '<!-- <a href="/commented-out/">old</a> -->',
      '<script>const template = \'<a href="/from-script/">x</a>\';</script>',
      '<div data-href="/not-a-link/"></div><a>no href</a>',
      '<a href="/real/">real</a>',
    ].join('\n');
    expect(extractLinks(html)).toEqual([{ href: '/real/', line: 4 }]);
  });

  test('ids come from any element, and names from anchors only', () => {
    const html = '<h2 id="office-hours">Office hours</h2><a name="legacy"></a><input name="query"><p id=\'q&amp;a\'></p>';
    expect([...extractIds(html)]).toEqual(['office-hours', 'legacy', 'q&a']);
  });
});

describe('a valid site', () => {
  const pages = {
    'index.html': '<link rel="stylesheet" href="BASE_astro/Base.css"><a href="BASEteams/">Teams</a><a href="BASEteams/mobile/#office-hours">Office hours</a>',
    'teams/index.html': '<a href="BASEteams/mobile/">Mobile</a><a href="BASE">Home</a>',
    'teams/mobile/index.html': '<a href="#" id="top-link">Top</a><a href="#top">Top</a><h2 id="office-hours">Office hours</h2><a href="../">All teams</a>',
    '404.html': '<a href="BASE">Home</a>',
  };
  const assets = ['_astro/Base.css'];
  const withBase = (base: string) => Object.fromEntries(Object.entries(pages).map(([page, body]) => [page, body.replaceAll('BASE', base)]));

  test('has no problems under base /', () => {
    expect(check(withBase('/'), { assets })).toEqual([]);
  });

  test('has no problems under base /handbook/', () => {
    expect(check(withBase('/handbook/'), { base: '/handbook/', assets })).toEqual([]);
  });

  test('counts the internal links it checked', () => {
    const built = site(withBase('/'), assets);
    const report = checkSite(built.pages, { base: '/', siteOrigin: SITE, files: built.files });
    expect(report).toMatchObject({ problems: [], linksChecked: 9, pagesChecked: 4 });
  });
});

describe('broken links', () => {
  test('a link to a page that was not built', () => {
    const problems = check({ 'index.html': '', 'teams/index.html': '<a href="/teams/nobody/">Nobody</a>' });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "teams/index.html:4 /teams/nobody/ — links to /teams/nobody/, which does not exist",
      ]
    `);
  });

  test('a link to a fragment the target page does not have', () => {
    const problems = check({
      'teams/mobile/index.html': '<h2 id="office-hours">Office hours</h2>',
      'index.html': '<a href="/teams/mobile/#office-hours">ok</a>\n<a href="/teams/mobile/#on-call">on call</a>',
    });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "index.html:5 /teams/mobile/#on-call — links to /teams/mobile/#on-call, but /teams/mobile/ has no element with id "on-call"",
      ]
    `);
  });

  test('a pure-fragment link is checked against the page itself', () => {
    const problems = check({ 'teams/mobile/index.html': '<a href="#office-hours">ok</a><h2 id="office-hours"></h2>\n<a href="#missing">broken</a>' });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "teams/mobile/index.html:5 #missing — links to #missing, but /teams/mobile/ has no element with id "missing"",
      ]
    `);
  });

  test('fragments are compared after URL-decoding', () => {
    expect(check({ 'index.html': '<h2 id="café">Café</h2><a href="#caf%C3%A9">ok</a>' })).toEqual([]);
  });

  test('a link outside the base path', () => {
    const problems = check({ 'index.html': '<a href="/teams/">Teams</a><a href="/handbook/">Home</a><a href="/handbook">Home</a>' }, { base: '/handbook/' });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "index.html:4 /teams/ — links to /teams/, which points outside the site's base path /handbook/",
      ]
    `);
  });

  test('a relative ../ link resolves against the page URL', () => {
    const pages = {
      'index.html': '',
      'teams/index.html': '',
      'teams/mobile/index.html': '<a href="../">Teams</a><a href="../../">Home</a><a href="../backend/">Backend</a>',
    };
    expect(messages(check(pages))).toMatchInlineSnapshot(`
      [
        "teams/mobile/index.html:4 ../backend/ — links to /teams/backend/, which does not exist",
      ]
    `);
  });

  test('external links and non-HTTP schemes are ignored', () => {
    const links = [
      'https://github.com/northwind-labs/handbook/nowhere',
      '//cdn.example.com/missing.js',
      'mailto:handbook@example.com',
      'tel:+15550100',
      'javascript:void(0)',
      'data:image/png;base64,iVBORw0KGgo=',
    ];
    expect(check({ 'index.html': links.map((href) => `<a href="${href}">x</a>`).join('') })).toEqual([]);
  });

  test('absolute links to the site’s own origin are checked', () => {
    const problems = check({
      'index.html': `<link rel="canonical" href="${SITE}/"><a href="${SITE}/teams/#top">ok</a><a href="${SITE}/teams/nobody/">broken</a>`,
      'teams/index.html': '',
    });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "index.html:4 https://northwind-labs.github.io/teams/nobody/ — links to /teams/nobody/, which does not exist",
      ]
    `);
  });

  test('a stylesheet that was not built', () => {
    const problems = check({ 'index.html': '<link rel="stylesheet" href="/_astro/Base.css">' }, { assets: ['_astro/Other.css'] });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "index.html:4 /_astro/Base.css — links to /_astro/Base.css, which does not exist",
      ]
    `);
  });

  test('a file with an extension is found as is, and query strings are ignored', () => {
    const problems = check({ 'index.html': '<link rel="alternate" href="/feed.xml?v=2"><a href="/sitemap.xml">Sitemap</a>' }, { assets: ['feed.xml'] });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "index.html:4 /sitemap.xml — links to /sitemap.xml, which does not exist",
      ]
    `);
  });

  test('a path without a trailing slash may be a folder, a .html file, or a file without extension', () => {
    const problems = check(
      {
        'index.html': '<a href="/teams">a</a><a href="/about">b</a><a href="/CODEOWNERS">c</a><a href="/nothing">d</a>',
        'teams/index.html': '',
        'about.html': '',
      },
      { assets: ['CODEOWNERS'] },
    );
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "index.html:4 /nothing — links to /nothing, which does not exist",
      ]
    `);
  });
});

describe('printing problems', () => {
  const problem: LinkProblem = { page: 'teams/mobile/index.html', line: 12, href: '/teams/nobody/', message: 'links to /teams/nobody/, which does not exist' };

  test('as a line to read in a terminal', () => {
    expect(formatLinkProblem(problem, 'dist/')).toMatchInlineSnapshot(
      `"dist/teams/mobile/index.html:12  /teams/nobody/  links to /teams/nobody/, which does not exist"`,
    );
  });

  test('as a GitHub annotation', () => {
    expect(githubAnnotation(problem, 'dist')).toMatchInlineSnapshot(
      `"::error file=dist/teams/mobile/index.html,line=12,title=Broken link::/teams/nobody/  links to /teams/nobody/, which does not exist"`,
    );
  });
});
