"""The inline stylesheet of the HTML report (no external fonts, images or styles)."""

CSS = """
:root { --fg: #1d1d1f; --bg: #fff; --muted: #5f6368; --line: #d9dce1; --card: #f7f8fa;
  --verified: #1e7d32; --misquoted: #c62828; --misattributed: #8e24aa; --unsupported: #b26a00;
  --unverifiable: #607d8b; --error: #c62828; --warning: #b26a00; --info: #1565c0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--fg); background: var(--bg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.35rem; margin: 2.5rem 0 .25rem; }
h3 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid var(--line); }
.meta, .muted { color: var(--muted); font-size: .9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; padding: .75rem 1rem; background: var(--card);
  border: 1px solid var(--line); border-radius: 6px; font-size: .9rem; }
.legend dt { font-weight: 600; }
.legend div { max-width: 22rem; }
.legend dd { margin: 0; color: var(--muted); }
article.story { border-top: 3px solid var(--fg); margin-top: 2.5rem; }
.body p { max-width: 46rem; }
mark.q { background: none; color: inherit; padding: 0 .1em; border-bottom: 3px solid; }
mark.q sup a { font-size: .7rem; text-decoration: none; font-weight: 700; }
.v-verified { border-color: var(--verified) !important; }
.v-verified sup a, .badge.v-verified { color: var(--verified); }
mark.v-verified { background: #e8f5e9; }
.v-misquoted { border-color: var(--misquoted) !important; }
.v-misquoted sup a, .badge.v-misquoted { color: var(--misquoted); }
mark.v-misquoted { background: #ffebee; border-bottom-style: double; }
.v-misattributed { border-color: var(--misattributed) !important; }
.v-misattributed sup a, .badge.v-misattributed { color: var(--misattributed); }
mark.v-misattributed { background: #f3e5f5; border-bottom-style: double; }
.v-unsupported { border-color: var(--unsupported) !important; }
.v-unsupported sup a, .badge.v-unsupported { color: var(--unsupported); }
mark.v-unsupported { background: #fff3e0; border-bottom-style: dashed; }
.v-unverifiable { border-color: var(--unverifiable) !important; }
.v-unverifiable sup a, .badge.v-unverifiable { color: var(--unverifiable); }
mark.v-unverifiable { background: #eceff1; border-bottom-style: dotted; }
.swatch { display: inline-block; width: 1.6em; height: .9em; border-bottom: 3px solid;
  vertical-align: middle; }
.badge { font-weight: 700; text-transform: uppercase; font-size: .78rem; letter-spacing: .04em; }
.claim { border: 1px solid var(--line); border-left: 5px solid; border-radius: 6px; margin: 1rem 0;
  padding: .75rem 1rem; background: var(--card); }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 48rem) { .pair { grid-template-columns: 1fr; } }
.pair blockquote { margin: 0; padding: .5rem .75rem; background: var(--bg); border: 1px solid var(--line);
  border-radius: 4px; }
.pair h4 { margin: .25rem 0; font-size: .8rem; text-transform: uppercase; color: var(--muted); }
mark.changed { background: #ffe082; color: inherit; text-decoration: underline wavy var(--misquoted); }
del { background: #ffebee; color: var(--misquoted); } ins { background: #e8f5e9; color: var(--verified);
  text-decoration: none; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--card); }
.sev-error { color: var(--error); font-weight: 700; }
.sev-warning { color: var(--warning); font-weight: 700; }
.sev-info { color: var(--info); font-weight: 700; }
.st-fetched, .st-library, .st-archived { color: var(--verified); } .st-unreachable { color: var(--error); }
.st-unresolved { color: var(--warning); }
.gaps dt { font-weight: 700; margin-top: .75rem; } .gaps dd { margin: .2rem 0 0 1rem; }
.errors { border: 1px solid var(--error); padding: .5rem 1rem; border-radius: 6px; }
"""
