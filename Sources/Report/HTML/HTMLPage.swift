/// The page around every HTML report: one self-contained file, its style and script inline, nothing
/// fetched (no script, stylesheet, font or image from anywhere), so it opens the same from a CI
/// artifact, an email or a laptop offline.
enum HTMLPage {
    static func render(title: String, generated: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
        script-src 'unsafe-inline'; img-src data:">
        <title>\(HTMLText.escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <header><h1>\(HTMLText.escape(title))</h1><p class="generated">\(HTMLText.escape(generated))</p></header>
        \(body)
        <script>\(script)</script>
        </body>
        </html>

        """
    }

    /// Colours by status, so graph nodes, badges and timeline runs read alike.
    static let style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1d2329;background:#fff}
        h1{font-size:1.4em;margin:0}h2{font-size:1.2em;margin:.2em 0}.generated{color:#5b6570;margin:.2em 0 1em}
        section.stack{border:1px solid #d0d7de;border-radius:8px;padding:1em;margin:0 0 1.5em}
        .badge{display:inline-block;padding:.1em .6em;border-radius:1em;font-weight:600;font-size:.85em;color:#fff}
        [data-status=IN_SYNC]>.badge,.badge[data-status=IN_SYNC],[data-status=PASS]>.badge{background:#1a7f37}
        [data-status=DRIFTED]>.badge,[data-status=FAIL]>.badge,[data-status=ERROR]>.badge{background:#cf222e}
        [data-status=INCONCLUSIVE]>.badge,[data-status=NOT_CHECKED]>.badge{background:#9a6700}
        .graph-box{overflow-x:auto}svg.graph text{font-size:12px;fill:#1d2329}
        svg.graph text.type{fill:#5b6570;font-size:10px}
        svg.graph .edge{stroke:#8c959f;stroke-width:1}svg.graph marker path{fill:#8c959f}
        svg.graph .node rect{stroke:#57606a;stroke-width:1;fill:#f6f8fa;cursor:pointer}
        svg.graph .node[data-status=IN_SYNC] rect{fill:#dafbe1;stroke:#1a7f37}
        svg.graph .node[data-status=DRIFTED] rect,svg.graph .node[data-status=MISSING] rect,
        svg.graph .node[data-status=DELETED] rect{fill:#ffebe9;stroke:#cf222e}
        svg.graph .node[data-status=ACCEPTED] rect{fill:#fff8c5;stroke:#9a6700}
        svg.graph .node[data-status=NOT_CHECKED] rect{fill:#eaeef2;stroke:#8c959f;stroke-dasharray:4 3}
        svg.graph .node.selected rect{stroke-width:3}
        table{border-collapse:collapse;width:100%;margin:.8em 0}th,td{border:1px solid #d0d7de;padding:.3em .5em;
        text-align:left;vertical-align:top}th{background:#f6f8fa}td.value{font-family:ui-monospace,monospace;
        white-space:pre-wrap;word-break:break-all}tr.highlight td{background:#fff8c5}
        tr[data-status=PASS] td.status{color:#1a7f37}tr[data-status=FAIL] td.status{color:#cf222e}
        ol.timeline{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px}
        ol.timeline li{width:18px;height:28px;border-radius:3px;background:#8c959f}
        ol.timeline li[data-status=IN_SYNC]{background:#1a7f37}
        ol.timeline li[data-status=DRIFTED]{background:#cf222e}
        ol.timeline li[data-status=INCONCLUSIVE]{background:#d4a72c}
        ol.timeline li[data-status=ERROR]{background:#8250df}
        ol.timeline li[data-changed=true]{outline:2px solid #1d2329}
        .legend span{margin-right:1em}.muted{color:#5b6570}
        """

    /// Clicking a resource in the graph marks its findings; the page says when it is ready so a test
    /// reading the rendered DOM knows the script ran.
    static let script = """
        document.querySelectorAll('svg.graph .node').forEach(function(node){
          node.addEventListener('click',function(){
            var id=node.getAttribute('data-logical-id');
            document.querySelectorAll('svg.graph .node.selected').forEach(function(n){n.classList.remove('selected')});
            node.classList.add('selected');
            document.querySelectorAll('tr[data-logical-id]').forEach(function(row){
              row.classList.toggle('highlight',row.getAttribute('data-logical-id')===id)});
          });
        });
        document.querySelectorAll('section.stack').forEach(function(section){
          var nodes=section.querySelectorAll('svg.graph .node').length;
          section.setAttribute('data-rendered-nodes',String(nodes));
        });
        document.documentElement.setAttribute('data-ready','true');
        """
}
