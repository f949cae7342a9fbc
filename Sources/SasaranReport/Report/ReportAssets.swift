/// The report's inline style sheet and script. The script holds no data and uses no `<` or `&`,
/// and sits in a CDATA section, so the whole page also reads as XML. Numeric columns sort by
/// value in either number form ("1.234,56" on a page in Bahasa Indonesia).
enum ReportAssets {
    static let css = """
    :root{color-scheme:light}
    body{margin:0;background:#f6f7f9;color:#1f2937;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
    main{max-width:1240px;margin:0 auto;padding:24px 28px 48px}
    h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:0 0 10px}
    section{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:18px 20px;margin:18px 0}
    .sub{color:#6b7280;margin:0 0 10px}
    .notice{background:#fef2f2;border:2px solid #b91c1c;border-radius:8px;padding:14px 18px;margin:16px 0;color:#7f1d1d}
    .notice strong{display:block;font-size:17px;margin-bottom:4px;color:#b91c1c}
    .cards{display:flex;flex-wrap:wrap;gap:12px;margin:14px 0}
    .card{flex:1 1 180px;background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px}
    .card .k{color:#6b7280;font-size:13px}.card .v{font-size:24px;font-weight:650}.card .x{color:#6b7280;font-size:13px}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:0}
    dl.facts dt{color:#6b7280}dl.facts dd{margin:0}
    svg.map,svg.curve{width:100%;height:auto;display:block}
    svg.map path[data-code]:hover,svg.map path[data-detail-code]:hover{stroke:#111827;stroke-width:1.4}
    ul.legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:8px 0 0;padding:0;font-size:14px}
    ul.legend li{display:flex;align-items:center;gap:6px}ul.legend li.warn{color:#b91c1c;font-weight:700}
    svg.sw{flex:none}.legend-warn{color:#b91c1c;font-weight:700;margin:6px 0 0}
    .nmk{display:inline-block;font-weight:700;font-size:12px;padding:0 3px;border:1px solid #9ca3af;border-radius:3px;background:#fff}
    figure.detail{margin:14px 0 0}figure.detail figcaption{margin:4px 0 0}
    .card.unmet{border:2px solid #b91c1c}.card .um{color:#b91c1c;font-size:13px;font-weight:600;margin-top:4px}
    table{border-collapse:collapse;width:100%;font-size:14px}
    th,td{padding:4px 8px;border-bottom:1px solid #eef0f3;text-align:left;vertical-align:top}
    th{background:#f3f4f6;position:sticky;top:0}
    table.sortable th{cursor:pointer;user-select:none}
    th[aria-sort=ascending]::after{content:' \\25B2';font-size:10px}th[aria-sort=descending]::after{content:' \\25BC';font-size:10px}
    td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
    tr.marg td{background:#fff7ed;font-weight:600}
    .scroll{max-height:640px;overflow:auto;border:1px solid #eef0f3}
    code{font-size:12px;word-break:break-all}
    ul.warn li{color:#92400e}
    #tip{position:absolute;display:none;pointer-events:none;background:#111827;color:#fff;padding:6px 9px;border-radius:6px;font-size:13px;white-space:pre-line;max-width:360px;z-index:10;box-shadow:0 2px 8px rgba(0,0,0,.25)}
    footer{color:#6b7280;font-size:13px;margin-top:20px}
    @media (max-width:640px){main{padding:12px 10px 32px}ul.legend{font-size:13px;gap:3px 12px}h1{font-size:21px}section{padding:12px 10px}.card .v{font-size:20px}table{font-size:12.5px}th,td{padding:3px 5px}.scroll{max-height:70vh;overflow:auto;-webkit-overflow-scrolling:touch}.wide{overflow-x:auto}svg.curve{min-width:560px}#curve{overflow-x:auto}}
    @media print{@page{size:A4;margin:14mm 12mm}body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}section{border:none;border-radius:0;padding:0;margin:0 0 10mm;break-inside:auto}h2{break-after:avoid}#map{break-before:page}svg.map,figure.detail{break-inside:avoid}ul.legend{font-size:9pt}#curve,#provinces,#list,#manifest{break-before:page}.scroll{max-height:none;overflow:visible;border:none}th{position:static}thead{display:table-header-group}tr{break-inside:avoid}#list td,#list th,#provinces td{white-space:nowrap}#tip{display:none}.cards{break-inside:avoid}}
    """

    static let script = """
    (function(){
    var tip=document.getElementById('tip');
    Array.prototype.forEach.call(document.querySelectorAll('svg.map path[data-code],svg.map path[data-detail-code]'),function(p){
    p.addEventListener('mousemove',function(e){var t=p.querySelector('title');tip.textContent=t?t.textContent:'';tip.style.display='block';tip.style.left=(e.pageX+14)+'px';tip.style.top=(e.pageY+14)+'px';});
    p.addEventListener('mouseleave',function(){tip.style.display='none';});
    });
    var indonesian=document.documentElement.lang==='id';
    function key(cell,num){var t=cell.getAttribute('data-v');if(t===null){t=cell.textContent;}if(!num){return t;}if(indonesian){t=t.split('.').join('').replace(',','.');}var x=parseFloat(t);return isNaN(x)?-Infinity:x;}
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(table){
    var heads=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads,function(th,i){
    th.addEventListener('click',function(){
    var num=th.className.indexOf('n')!==-1,asc=th.getAttribute('aria-sort')!=='ascending';
    Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=key(a.cells[i],num),y=key(b.cells[i],num);var c=num?(x===y?0:(x>y?1:-1)):String(x).localeCompare(String(y),undefined,{numeric:true});return asc?c:-c;});
    rows.forEach(function(r){body.appendChild(r);});
    });
    });
    });
    })();
    """
}
