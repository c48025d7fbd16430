/**
 * The viewer's stylesheet (without the `@font-face` rules, which `writeHtml` prepends).
 * Persian is set in Vazirmatn with a taller line; each language column scrolls on its own
 * on wide screens so a sentence and its translation can be seen together; printed page
 * numbers sit in the outer margin of each column; curated links are drawn solid, automatic
 * ones dashed (not by colour alone).
 */
export const viewerStyle = `
:root {
  color-scheme: light;
  --fg: #1d1d1f;
  --muted: #5f6368;
  --bg: #fdfdfb;
  --rule: #d9d6cf;
  --accent: #0b57d0;
  --active-bg: #e8effd;
  --curated: #146c2e;
  --curated-bg: #dff3e4;
  --auto: #8a5a00;
  --auto-bg: #fff3d6;
  --latin: Vazirmatn, 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif;
  --persian: Vazirmatn, 'Noto Sans Arabic', Tahoma, sans-serif;
}
* { box-sizing: border-box; }
html { font-family: var(--latin); color: var(--fg); background: var(--bg); }
body { margin: 0; line-height: 1.6; }
[lang='fa'] { font-family: var(--persian); line-height: 1.95; }
[lang='en'] { font-family: var(--latin); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}
.skip-link { position: absolute; inset-inline-start: 1rem; top: -3rem; background: var(--bg); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { top: 1rem; }
.crumbs { padding: .5rem 1.5rem 0; font-size: .9rem; }

/* Metadata header */
.meta { padding: 1rem 1.5rem .5rem; border-bottom: 1px solid var(--rule); }
.meta h1 { margin: 0 0 .75rem; font-size: 1.45rem; line-height: 1.5; font-weight: 700; }
.meta h1 .title { display: block; }
.meta h1 .title-fa { text-align: right; }
.meta h1 .title-en { font-size: .85em; color: var(--muted); }
.meta-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; font-size: .92rem; }
.meta-column h2 { font-size: .92rem; margin: .5rem 0 .25rem; color: var(--muted); }
.authors { list-style: none; padding: 0; margin: 0 0 .5rem; }
.authors li + li { margin-top: .35rem; }
.author-name { font-weight: 700; }
.affiliation, .email, .provenance, .journal { color: var(--muted); }
.dates { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: .25rem 0; }
.dates dt { color: var(--muted); }
.dates dd { margin: 0; }
.keywords ul { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; padding: 0; margin: 0; }
.keywords li { border: 1px solid var(--rule); border-radius: 1rem; padding: 0 .6rem; }
.legend { margin: 0; padding: .5rem 1.5rem; font-size: .85rem; color: var(--muted); border-bottom: 1px solid var(--rule); }
.swatch { padding: 0 .4rem; border-radius: 3px; color: var(--fg); }
.swatch-curated { background: var(--curated-bg); outline: 2px solid var(--curated); }
.swatch-auto { background: var(--auto-bg); outline: 2px dashed var(--auto); }

/* The two columns */
.reader { display: grid; grid-template-columns: 1fr 1fr; }
.column {
  position: relative; height: 100vh; height: 100dvh; overflow-y: auto;
  padding: 1rem 4.25rem 3rem; scroll-padding-block: 2rem;
}
.column-en { border-inline-end: 1px solid var(--rule); }
.column p { margin: 0 0 1rem; }
.column-fa p { font-size: 1.05rem; }
.column h3, .column h4, .column h5, .column h6 { margin: 1.5rem 0 .5rem; line-height: 1.5; }
.toc { font-size: .88rem; border-bottom: 1px solid var(--rule); margin-bottom: 1rem; }
.toc ol { list-style: none; padding: 0; margin: 0 0 .75rem; }
.toc [data-depth='2'] { padding-inline-start: 1rem; }
.toc [data-depth='3'] { padding-inline-start: 2rem; }
.toc [data-depth='4'] { padding-inline-start: 3rem; }
.page-number {
  position: absolute; inset-inline-start: .75rem; width: 3rem;
  font-size: .78rem; line-height: 1.6; color: var(--muted); font-weight: 400;
  font-variant-numeric: tabular-nums; border-top: 1px solid var(--rule);
}

/* Segments and alignment */
[data-segment] { border-radius: 3px; cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
[data-segment]:hover { background: #f1efe9; }
[data-active] { background: var(--active-bg); outline: 2px solid var(--accent); }
[data-aligned-active='curated'] { background: var(--curated-bg); outline: 2px solid var(--curated); }
[data-aligned-active='auto'] { background: var(--auto-bg); outline: 2px dashed var(--auto); }
[data-active], [data-aligned-active] { outline-offset: 1px; }

/* Citations and footnotes */
a.cite { color: inherit; text-decoration: underline dotted var(--accent); text-decoration-thickness: 2px; text-underline-offset: .3em; unicode-bidi: isolate; }
.cite-short { white-space: nowrap; }
mark[dir] { unicode-bidi: isolate; }
a.cite:hover { color: var(--accent); }
.fn-ref {
  font: inherit; font-size: .72em; line-height: 1; vertical-align: super;
  border: 0; background: none; color: var(--accent); padding: 0 .15em; cursor: pointer;
}
.fn-popover {
  max-width: min(30rem, 90vw); padding: .75rem 1rem; border: 1px solid var(--rule);
  border-radius: 6px; background: var(--bg); color: var(--fg); box-shadow: 0 4px 18px rgb(0 0 0 / 18%);
}
@supports (position-area: block-end) {
  .fn-popover { margin: .25rem; position-area: block-end span-inline-end; position-try-fallbacks: flip-block, flip-inline; }
}
.fn-number { font-weight: 700; }
.notes { border-top: 1px solid var(--rule); margin-top: 2rem; font-size: .9rem; }
.notes li { margin-bottom: .35rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; font-size: .92rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; vertical-align: top; text-align: start; }

/* Works cited and the citation panel */
.works { padding: 1rem 1.5rem 3rem; border-top: 1px solid var(--rule); }
.works > ol { padding-inline-start: 1.5rem; }
.work-title { font-size: 1rem; margin: 1rem 0 .25rem; }
.places h4 { font-size: .85rem; margin: .5rem 0 .25rem; color: var(--muted); }
.places ol { padding-inline-start: 1.25rem; margin: 0; }
.places li { margin-bottom: .4rem; }
.places a { color: inherit; text-decoration: none; display: block; }
.places-other a { display: inline; color: var(--accent); text-decoration: underline; }
.places a:hover .place-text, .places a:focus-visible .place-text { text-decoration: underline; }
.place-where { display: block; font-size: .78rem; color: var(--muted); }
mark { background: #fde68a; color: inherit; border-radius: 2px; }
.citation-panel {
  position: fixed; inset: 1rem 1rem 1rem auto; margin: 0; width: min(30rem, 92vw);
  max-height: calc(100vh - 2rem); overflow: auto; padding: 0 1rem 1rem;
  border: 1px solid var(--rule); border-radius: 8px; background: var(--bg); color: var(--fg);
  box-shadow: 0 8px 30px rgb(0 0 0 / 22%); z-index: 5;
}
.panel-head { position: sticky; top: 0; display: flex; justify-content: space-between; align-items: center; background: var(--bg); padding-top: .5rem; }
.panel-head h2 { font-size: 1.05rem; margin: .25rem 0; }
.panel-close { font: inherit; font-size: 1.4rem; line-height: 1; border: 0; background: none; cursor: pointer; padding: .25rem .5rem; }

/* The index page */
.index { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
.article-list { padding-inline-start: 1.5rem; }
.article-list h2 { font-size: 1.15rem; margin-bottom: .25rem; }
.article-list .title { display: block; }
.article-list .title-fa { text-align: right; }
.counts { color: var(--muted); font-size: .88rem; }

@media (max-width: 60rem) {
  .reader, .meta-columns { grid-template-columns: 1fr; }
  .column { height: auto; overflow: visible; padding: 1rem 3.25rem 2rem; border: 0; border-bottom: 1px solid var(--rule); }
}
@media (prefers-reduced-motion: no-preference) {
  .column { scroll-behavior: smooth; }
}
@media print {
  .reader { display: block; }
  .column { height: auto; overflow: visible; }
  .legend, .toc, .skip-link, .crumbs, .citation-panel, .popovers, .fn-ref { display: none; }
  [data-active], [data-aligned-active] { outline: 0; background: none; }
}
`
