/**
 * The card's styles, inside its shadow root so page CSS cannot reach in and ours cannot leak out.
 * `all: initial` on the host resets what inherits through the shadow boundary (fonts, colours).
 */
export const POPOVER_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; }
.card {
  box-sizing: border-box; width: min(26rem, calc(100vw - 16px)); max-height: min(32rem, calc(100vh - 16px), var(--sc-available-height, 32rem));
  display: flex; flex-direction: column; overflow: hidden;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430;
  background: #fff; border: 1px solid #c9d1dc; border-radius: 10px; box-shadow: 0 10px 30px rgba(20, 30, 50, .22);
}
.head { display: flex; align-items: flex-start; gap: .5rem; padding: .7rem .9rem .4rem; border-bottom: 1px solid #e6eaf0; }
h2 { flex: 1; margin: 0; font-size: 1.05rem; line-height: 1.3; }
h3 { margin: .8rem 0 .3rem; font-size: .78rem; letter-spacing: .04em; text-transform: uppercase; color: #56627a; }
.close { all: unset; cursor: pointer; font-size: 1.3rem; line-height: 1; padding: 0 .35rem; border-radius: 6px; color: #56627a; }
.close:hover { background: #eef1f5; }
.close:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.body { padding: .3rem .9rem .6rem; overflow-y: auto; }
.meta { display: flex; gap: .5rem; align-items: center; margin: .4rem 0; flex-wrap: wrap; }
.badge { font-size: .75rem; padding: .1rem .45rem; border-radius: 99px; background: #eef1f5; color: #2b3648; }
.badge-state-controlled-media { background: #fde2e1; color: #7a1b16; }
.badge-independent-public-media { background: #fbe3f1; color: #6e1a4c; }
.badge-government-military { background: #e3e8f8; color: #24346e; }
.badge-armed-group { background: #fbe3cf; color: #7a3a06; }
.badge-intergovernmental { background: #dff1f5; color: #0d4f5c; }
.badge-ngo-monitor { background: #e2f3e4; color: #1d5626; }
.badge-think-tank { background: #efe4f6; color: #4e2767; }
.badge-party-movement { background: #f6e9d9; color: #5c3b12; }
.badge-news-media { background: #e8eef3; color: #2c4252; }
.badge-company-lobby { background: #f1efd9; color: #4f4a13; }
.badge-claim { background: #fff1c2; color: #5f4600; }
.country, .rating, .claimant { color: #56627a; font-size: .85rem; }
.summary { margin: .3rem 0 .2rem; }
ul { list-style: none; margin: 0; padding: 0; }
.affiliations > li, .counter > li { padding: .45rem 0; border-top: 1px solid #eef1f5; }
.relation { font-weight: 600; }
.counter-contradicts { color: #9b1c1c; } .counter-corrects { color: #8a4b00; } .counter-adds-context { color: #1f5f3b; }
.statement { margin: .15rem 0; }
.sources li, .source { font-size: .85rem; color: #56627a; }
a { color: #1f5fbf; }
.foot { padding: .4rem .9rem .6rem; border-top: 1px solid #e6eaf0; font-size: .8rem; color: #56627a; }
.foot p { margin: .3rem 0 0; }
summary { cursor: pointer; }
.status { color: #56627a; }
@media (prefers-color-scheme: dark) {
  .card { background: #1b2130; color: #e5e9f0; border-color: #3a4458; }
  .head, .foot { border-color: #2c3445; } .affiliations > li, .counter > li { border-color: #2c3445; }
  a { color: #8ab4ff; } .badge { filter: saturate(.8) brightness(.95); }
  h3, .country, .rating, .claimant, .sources li, .source, .foot, .status, .close { color: #a8b3c7; }
  .close:hover { background: #2c3445; }
  /* The light scheme's dark red, amber and green fall to about 2:1 on the dark card: lighter tints. */
  .counter-contradicts { color: #ff9b9b; } .counter-corrects { color: #f5b862; } .counter-adds-context { color: #8fdcaa; }
}
@media (pointer: coarse) { .card { width: calc(100vw - 16px); } }
`;
