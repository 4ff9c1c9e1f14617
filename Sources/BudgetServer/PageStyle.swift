/// The page's stylesheet (inline: no external assets).
enum PageStyle {
    static let css = """
    :root { --ink:#1f2933; --muted:#52606d; --line:#cbd2d9; --accent:#1d4ed8; --bad:#b42318; --warn:#b54708; --ok:#067647; }
    * { box-sizing: border-box; }
    body { margin:0; font: 15px/1.55 "Noto Sans CJK SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif; color:var(--ink); background:#f5f7fa; }
    header { display:flex; align-items:center; justify-content:space-between; padding:14px 28px; background:#fff; border-bottom:1px solid var(--line); }
    h1 { font-size:20px; margin:0; }
    h2 { font-size:17px; margin:0 0 8px; }
    h3 { font-size:16px; margin:0; word-break:break-all; }
    h4 { font-size:14px; margin:10px 0 4px; color:var(--muted); }
    main { max-width:1180px; margin:0 auto; padding:20px 28px 40px; }
    footer { text-align:center; color:var(--muted); font-size:13px; padding:16px; }
    button, .button { font:inherit; border:1px solid var(--accent); background:var(--accent); color:#fff; border-radius:6px; padding:7px 16px; cursor:pointer; display:inline-block; }
    .button.secondary, #lang { background:#fff; color:var(--accent); }
    .button input { position:absolute; left:-9999px; width:1px; height:1px; opacity:0; }
    .button:focus-within { outline:3px solid #93c5fd; }
    .drop { border:2px dashed #9aa5b1; border-radius:10px; background:#fff; padding:26px; text-align:center; }
    .drop.over { border-color:var(--accent); background:#eff6ff; }
    .drop .big { font-size:18px; margin:0 0 4px; }
    .drop p { margin:4px 0; }
    .pick { display:flex; gap:12px; justify-content:center; margin:8px 0 10px; }
    .hint { color:var(--muted); font-size:13px; }
    #progress { margin:18px 0 6px; }
    .bar { height:10px; background:#e4e7eb; border-radius:5px; overflow:hidden; }
    #barfill { height:100%; width:0; background:var(--accent); transition:width .3s; }
    .errors { list-style:none; padding:0; margin:10px 0; }
    .errors li, .error { background:#fef3f2; border:1px solid #fecdca; color:var(--bad); border-radius:6px; padding:8px 12px; margin:6px 0; }
    #downloads { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin:14px 0; }
    .links { display:flex; flex-wrap:wrap; gap:8px 18px; }
    .links a { color:var(--accent); font-weight:600; }
    .doc { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px 18px; margin:14px 0; }
    .dochead { display:flex; align-items:center; gap:10px; flex-wrap:wrap; }
    .badge { font-size:12px; border-radius:10px; padding:1px 9px; border:1px solid; white-space:nowrap; }
    .badge.queued, .badge.uploaded { color:var(--muted); }
    .badge.converting { color:var(--accent); }
    .badge.converted { color:var(--ok); }
    .badge.failed { color:var(--bad); }
    .facts { color:var(--muted); margin:6px 0; }
    .facts b { color:var(--ink); }
    .warnings { color:var(--warn); margin:4px 0; padding-left:20px; }
    table.findings { border-collapse:collapse; width:100%; margin:8px 0; font-size:13px; }
    table.findings th, table.findings td { border:1px solid var(--line); padding:4px 8px; text-align:left; vertical-align:top; }
    table.findings th { background:#f0f4f8; }
    table.findings td.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
    table.findings td.diff { color:var(--bad); font-weight:600; }
    .findingnote { font-size:13px; color:var(--muted); }
    details.sheet { margin:6px 0; }
    details.sheet summary { cursor:pointer; color:var(--accent); }
    .grid { overflow:auto; max-height:460px; border:1px solid var(--line); margin-top:6px; background:#fff; }
    .grid table { border-collapse:collapse; table-layout:fixed; font: 12px/1.35 "SimSun","Songti SC","Noto Serif CJK SC","Noto Sans CJK SC",serif; }
    .grid td { padding:2px 4px; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; height:20px; }
    .grid td.b { border:1px solid #8c8c8c; }
    .grid td.wrap { white-space:normal; }
    .grid td.bold { font-weight:700; }
    .grid td.title { font-size:17px; font-weight:700; height:34px; }
    .grid td.c { text-align:center; } .grid td.r { text-align:right; } .grid td.l { text-align:left; }
    .grid td.top { vertical-align:top; }
    .grid td.hit { background:#fee4e2; outline:2px solid var(--bad); }
    p.more { color:var(--muted); font-size:12px; }
    """
}
