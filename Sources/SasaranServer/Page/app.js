// The workbench page: keeps this browser's scenario (the changes to the server's scenario),
// asks the server to rank it on every change, and shows the answer. Written by hand, no
// library; every name goes into the page as text (textContent), never as markup.
"use strict";

(function () {
  const T = {
    en: {
      title: "Sasaran workbench", regions: "Districts selected", coverage: "Coverage", marginal: "Marginal district",
      schematic: "Boundaries are schematic (not the real borders); the figures are real.",
      target: "Coverage target", year: "Year", rankBy: "Rank by", byCount: "number of poor", byRate: "poverty rate",
      quota: "At most per province", search: "Find a district (name or code)",
      hint: "Click a district on the map: once to lock it in, again to lock it out, a third time to free it.",
      clearLocks: "Clear locks", downloads: "Downloads", report: "HTML report", annexPDF: "PDF annex", scenarioFile: "Scenario (YAML)",
      curve: "Coverage curve", list: "Priority list", rank: "Rank", code: "Code", name: "Name", province: "Province",
      value: "Value", share: "Share %", cumulative: "Cumulative %", provinces: "Provinces", selected: "Selected",
      shareOfProvince: "% of province", shareOfNational: "% of national",
      footer: "Served by sasaran serve; the downloads are the files sasaran rank writes for the same scenario.",
      notMet: "Not met", lockedIn: "locked in", lockedOut: "locked out", districts: "districts", phased: "phases",
      noLimit: "no limit", loading: "Ranking…",
      phases: "Phases", phasesHint: "Each phase adds districts until its stop rule; the target, locks and quotas above set the last phase.",
      phaseName: "Name", stopAt: "Stop at", stopValue: "Value", addPhase: "Add phase", removePhase: "Remove",
      stopTarget: "coverage target (%)", stopCount: "number of districts", phase: "Phase",
      quotas: "Quotas per province", quotasHint: "At most and at least this many districts in a province; empty for no quota of its own.",
      atMost: "At most", atLeast: "At least",
      curveNote: "All {n} districts ranked with no constraints; the dashed line marks the {k} selected."
    },
    id: {
      title: "Meja kerja Sasaran", regions: "Kabupaten/kota terpilih", coverage: "Cakupan", marginal: "Kabupaten/kota marginal",
      schematic: "Batas wilayah skematis (bukan batas sebenarnya); angkanya nyata.",
      target: "Target cakupan", year: "Tahun", rankBy: "Urutkan menurut", byCount: "jumlah penduduk miskin", byRate: "persentase penduduk miskin",
      quota: "Paling banyak per provinsi", search: "Cari kabupaten/kota (nama atau kode)",
      hint: "Klik kabupaten/kota di peta: sekali untuk mengunci masuk, lagi untuk mengunci keluar, ketiga kali untuk melepas.",
      clearLocks: "Hapus kunci", downloads: "Unduhan", report: "Laporan HTML", annexPDF: "Lampiran PDF", scenarioFile: "Skenario (YAML)",
      curve: "Kurva cakupan", list: "Daftar prioritas", rank: "Peringkat", code: "Kode", name: "Nama", province: "Provinsi",
      value: "Nilai", share: "Pangsa %", cumulative: "Kumulatif %", provinces: "Provinsi", selected: "Terpilih",
      shareOfProvince: "% provinsi", shareOfNational: "% nasional",
      footer: "Disajikan oleh sasaran serve; unduhan sama dengan berkas yang ditulis sasaran rank untuk skenario yang sama.",
      notMet: "Tidak terpenuhi", lockedIn: "dikunci masuk", lockedOut: "dikunci keluar", districts: "kabupaten/kota", phased: "tahap",
      noLimit: "tanpa batas", loading: "Menghitung…",
      phases: "Tahap", phasesHint: "Setiap tahap menambah kabupaten/kota sampai aturan berhentinya; target, kunci dan kuota di atas mengatur tahap terakhir.",
      phaseName: "Nama", stopAt: "Berhenti pada", stopValue: "Nilai", addPhase: "Tambah tahap", removePhase: "Hapus",
      stopTarget: "target cakupan (%)", stopCount: "jumlah kabupaten/kota", phase: "Tahap",
      quotas: "Kuota per provinsi", quotasHint: "Paling banyak dan paling sedikit sekian kabupaten/kota di satu provinsi; kosong berarti tanpa kuota sendiri.",
      atMost: "Maks.", atLeast: "Min.",
      curveNote: "Semua {n} kabupaten/kota diurutkan tanpa batasan; garis putus-putus menandai {k} yang terpilih."
    }
  };
  const SHARE_CLASSES = 5;
  const $ = (id) => document.getElementById(id);
  const token = (location.hash.match(/token=([^&]+)/) || [])[1] || "";
  // maxBy/minBy: each province's own quota (parent code → number); phases: the scenario's
  // phases as edited (scenario keys), empty for a one-phase scenario.
  const state = { lang: "en", target: null, year: null, rankBy: null, maxPerParent: null, lockIn: [], lockOut: [],
                  maxBy: {}, minBy: {}, phases: [], phasesEdited: false };
  let base = null;          // GET /api/scenario
  let yearColumn = null;    // the filter column the year control sets
  let last = null;          // the last /api/rank document
  let lastCurve = null;     // the last /api/curve document
  let inFlight = null;      // AbortController of the running request
  let timer = 0;

  function t(key) { return (T[state.lang] || T.en)[key] || T.en[key] || key; }
  function pct(x) { return (x * 100).toFixed(2) + "%"; }
  function num(x) { return x == null ? "–" : Number(x).toFixed(2); }
  function headers(extra) {
    const h = Object.assign({}, extra || {});
    if (token) h.Authorization = "Bearer " + decodeURIComponent(token);
    return h;
  }

  // The override of the server's scenario this page stands for (keys of a scenario file).
  // A quota key: one number for every province, or each named province's own with "other"
  // for the rest (the scenario file's mapping form).
  function quota(uniform, byParent) {
    const named = Object.keys(byParent);
    if (!named.length) return uniform || null;
    const q = {};
    for (const parent of named.sort()) q[parent] = byParent[parent];
    if (uniform) q.other = uniform;
    return q;
  }

  function override() {
    const o = {};
    const phases = state.phases.length ? state.phases : null;
    const rule = {};
    if (state.target != null) rule.target = state.target;
    if (state.lockIn.length) rule["lock-in"] = state.lockIn.slice().sort();
    if (state.lockOut.length) rule["lock-out"] = state.lockOut.slice().sort();
    const lastRule = phases ? phases[phases.length - 1] : (base ? base.keys : {});
    const baseMax = parseInt(lastRule["max-per-parent"], 10) || null, baseMin = parseInt(lastRule["min-per-parent"], 10) || null;
    const max = quota(state.maxPerParent || baseMax, state.maxBy), min = quota(baseMin, state.minBy);
    if (state.maxPerParent || Object.keys(state.maxBy).length) rule["max-per-parent"] = max;
    if (Object.keys(state.minBy).length) rule["min-per-parent"] = min;
    if (phases) {
      // A phased scenario: the target, locks and quota change its last phase.
      if (Object.keys(rule).length || state.phasesEdited) {
        const copy = phases.map((p) => Object.assign({}, p));
        const lastPhase = copy[copy.length - 1];
        if (rule.target != null) { delete lastPhase.count; delete lastPhase.all; }
        Object.assign(lastPhase, rule);
        o.phases = copy;
      }
    } else {
      Object.assign(o, rule);
    }
    if (state.rankBy && state.rankBy !== (base.keys["rank-by"] || "count")) o["rank-by"] = state.rankBy;
    if (yearColumn && state.year && state.year !== base.keys.where[yearColumn]) {
      o.indicators = { where: Object.assign({}, base.keys.where, { [yearColumn]: state.year }) };
    }
    return o;
  }

  function translate() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
    $("lang-en").setAttribute("aria-pressed", String(state.lang === "en"));
    $("lang-id").setAttribute("aria-pressed", String(state.lang === "id"));
  }

  async function loadMap() {
    const response = await fetch("/api/map.svg?lang=" + state.lang, { headers: headers() });
    if (!response.ok) throw await problem(response);
    const doc = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
    const svg = document.importNode(doc.documentElement, true);
    // Crop the band under the map (title and legend of the server's scenario): the page has its own.
    const sea = svg.querySelector(":scope > rect");
    const width = svg.getAttribute("width");
    if (sea && width) svg.setAttribute("viewBox", "0 0 " + width + " " + sea.getAttribute("height"));
    svg.removeAttribute("width"); svg.removeAttribute("height");
    const map = $("map");
    map.textContent = "";
    map.appendChild(svg);
    svg.querySelectorAll("path[data-code]").forEach((path) => {
      const title = path.querySelector("title");
      path.dataset.label = title ? title.textContent : path.dataset.code;
      path.dataset.nodata = path.classList.contains("n") ? "1" : "0";
    });
    if (last) paintMap(last);
  }

  async function problem(response) {
    try {
      const body = await response.json();
      return new Error(body.detail || body.title || String(response.status));
    } catch (e) { return new Error(response.status + " " + response.statusText); }
  }

  // body[data-state]: pending (a change waits to be ranked), loading, ready or error.
  function schedule(delay) {
    document.body.dataset.state = "pending";
    clearTimeout(timer);
    timer = setTimeout(() => { timer = 0; rank(); }, delay);
  }

  async function rank() {
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    document.body.dataset.state = "loading";
    try {
      const response = await fetch("/api/rank", {
        method: "POST", body: JSON.stringify(override()), signal: controller.signal,
        headers: headers({ "Content-Type": "application/json" })
      });
      if (!response.ok) throw await problem(response);
      const doc = await response.json();
      if (inFlight !== controller) return;
      const curveResponse = await fetch("/api/curve", {
        method: "POST", body: JSON.stringify(override()), signal: controller.signal,
        headers: headers({ "Content-Type": "application/json" })
      });
      if (!curveResponse.ok) throw await problem(curveResponse);
      const curve = await curveResponse.json();
      if (inFlight !== controller) return;
      last = doc;
      lastCurve = curve;
      document.body.dataset.requests = String((parseInt(document.body.dataset.requests || "0", 10)) + 1);
      $("error").hidden = true;
      show(doc);
      document.body.dataset.state = timer ? "pending" : "ready";
    } catch (error) {
      if (error.name === "AbortError") return;
      $("error").textContent = error.message;
      $("error").hidden = false;
      document.body.dataset.state = "error";
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  function show(doc) {
    const selected = doc.selected || [];
    $("count").textContent = String(selected.length);
    $("coverage").textContent = pct(doc.coverage) + (doc.target != null ? " / " + pct(doc.target) : "");
    const marginal = selected.find((e) => e.code === doc.marginal);
    $("marginal").textContent = marginal ? marginal.name + " (" + marginal.code + ")" : "–";
    const unmet = doc.unmet || [];
    $("unmet").hidden = unmet.length === 0;
    $("unmet").textContent = unmet.length ? t("notMet") + ": " + unmet.map((u) => u.message).join(" · ") : "";
    fillList(selected);
    fillProvinces(doc.parents || []);
    fillQuotas(doc.parents || []);
    drawCurve(lastCurve, selected.length, doc.target);
    paintMap(doc);
    updateDownloads();
  }

  function cell(row, text, numeric) {
    const td = document.createElement("td");
    td.textContent = text;
    if (numeric) td.className = "num";
    row.appendChild(td);
  }

  function fillList(selected) {
    const body = $("list").tBodies[0];
    const rows = document.createDocumentFragment();
    const query = $("search").value.trim().toLowerCase();
    for (const e of selected) {
      if (query && !(e.name.toLowerCase().includes(query) || e.code.toLowerCase().startsWith(query))) continue;
      const tr = document.createElement("tr");
      tr.dataset.code = e.code;
      if (state.lockIn.includes(e.code)) tr.className = "locked";
      cell(tr, String(e.rank)); cell(tr, e.code); cell(tr, e.name); cell(tr, e.parentName || e.parent);
      cell(tr, num(e.value), true); cell(tr, (e.share * 100).toFixed(2), true); cell(tr, (e.cumulativeShare * 100).toFixed(2), true);
      rows.appendChild(tr);
    }
    body.textContent = "";
    body.appendChild(rows);
  }

  function fillProvinces(parents) {
    const body = $("provinces").tBodies[0];
    body.textContent = "";
    for (const p of parents) {
      if (!p.regionsSelected) continue;
      const tr = document.createElement("tr");
      cell(tr, p.name ? p.name + " (" + p.parent + ")" : p.parent);
      cell(tr, p.regionsSelected + " / " + p.regionsWithValue, true);
      cell(tr, (p.shareOfParent * 100).toFixed(1), true);
      cell(tr, (p.shareOfNational * 100).toFixed(2), true);
      body.appendChild(tr);
    }
  }

  const SVGNS = "http://www.w3.org/2000/svg";
  function svgEl(name, attrs, text) {
    const el = document.createElementNS(SVGNS, name);
    for (const k in attrs) el.setAttribute(k, attrs[k]);
    if (text != null) el.textContent = text;
    return el;
  }

  // The coverage curve of /api/curve (every district ranked by the key, no constraints):
  // cumulative share against the number of districts, the target line and the list's size.
  function drawCurve(curveDoc, selectedCount, target) {
    const svg = $("curve");
    svg.textContent = "";
    const points = (curveDoc && curveDoc.curves && curveDoc.curves[0] && curveDoc.curves[0].points) || [];
    const W = 320, H = 160, L = 34, B = 20, R = 8, TOP = 8;
    const n = Math.max(points.length, 1);
    const x = (i) => L + (W - L - R) * i / n;
    const y = (s) => H - B - (H - B - TOP) * s;
    svg.appendChild(svgEl("line", { class: "axis", x1: L, y1: y(0), x2: W - R, y2: y(0) }));
    svg.appendChild(svgEl("line", { class: "axis", x1: L, y1: y(0), x2: L, y2: y(1) }));
    for (const s of [0, 0.5, 1]) svg.appendChild(svgEl("text", { x: 2, y: y(s) + 3 }, (s * 100) + "%"));
    svg.appendChild(svgEl("text", { x: W - R, y: H - 4, "text-anchor": "end" }, points.length + " " + t("districts")));
    if (target != null) svg.appendChild(svgEl("line", { class: "target", x1: L, y1: y(target), x2: W - R, y2: y(target) }));
    let line = x(0) + "," + y(0);
    points.forEach((p, i) => { line += " " + x(i + 1).toFixed(1) + "," + y(Math.min(p.cumulativeShare, 1)).toFixed(1); });
    svg.appendChild(svgEl("polyline", { class: "line", points: line }));
    if (selectedCount) svg.appendChild(svgEl("line", { class: "mark", x1: x(selectedCount), y1: y(0), x2: x(selectedCount), y2: y(1) }));
    svg.dataset.points = String(points.length);
    $("curve-note").textContent = t("curveNote").replace("{n}", String(points.length)).replace("{k}", String(selectedCount));
  }

  // One row per province with its own quota inputs, built once (so typing keeps its focus);
  // each answer updates the selected count and marks a province at its maximum.
  function fillQuotas(parents) {
    const body = $("quotas").tBodies[0];
    if (body.rows.length !== parents.length) {
      body.textContent = "";
      for (const p of parents) {
        const tr = document.createElement("tr");
        tr.dataset.parent = p.parent;
        cell(tr, p.name ? p.name + " (" + p.parent + ")" : p.parent);
        cell(tr, "", true);
        for (const [key, store] of [["max", state.maxBy], ["min", state.minBy]]) {
          const td = document.createElement("td");
          td.className = "num";
          const input = document.createElement("input");
          input.type = "number"; input.min = key === "max" ? "1" : "0"; input.step = "1"; input.inputMode = "numeric";
          input.className = "quota-" + key;
          input.setAttribute("aria-label", (key === "max" ? t("atMost") : t("atLeast")) + " " + (p.name || p.parent));
          if (store[p.parent] != null) input.value = String(store[p.parent]);
          input.addEventListener("change", () => {
            const k = parseInt(input.value, 10);
            if (input.value === "" || isNaN(k)) delete store[p.parent]; else store[p.parent] = k;
            schedule(0);
          });
          td.appendChild(input);
          tr.appendChild(td);
        }
        body.appendChild(tr);
      }
    }
    const byParent = new Map(parents.map((p) => [p.parent, p]));
    for (const tr of body.rows) {
      const p = byParent.get(tr.dataset.parent);
      const selected = p ? p.regionsSelected : 0;
      tr.cells[1].textContent = selected + " / " + (p ? p.regionsWithValue : 0);
      tr.dataset.selected = String(selected);
      const max = state.maxBy[tr.dataset.parent] != null ? state.maxBy[tr.dataset.parent] : state.maxPerParent;
      tr.className = max != null && selected >= max ? "full" : "";
    }
  }

  // The phases as rows: a name, the stop rule (target or count) and its value; the last one's
  // target is the slider's.
  function fillPhases() {
    const body = $("phases").tBodies[0];
    body.textContent = "";
    $("phases-box").hidden = !state.phases.length;
    state.phases.forEach((phase, index) => {
      const tr = document.createElement("tr");
      const nameCell = document.createElement("td");
      const name = document.createElement("input");
      name.className = "name"; name.value = phase.name || (t("phase") + " " + (index + 1));
      name.setAttribute("aria-label", t("phaseName") + " " + (index + 1));
      name.addEventListener("change", () => { phase.name = name.value; state.phasesEdited = true; schedule(0); });
      nameCell.appendChild(name); tr.appendChild(nameCell);
      const stopCell = document.createElement("td");
      const stop = document.createElement("select");
      for (const [value, label] of [["target", t("stopTarget")], ["count", t("stopCount")]]) {
        const option = document.createElement("option");
        option.value = value; option.textContent = label;
        stop.appendChild(option);
      }
      stop.value = phase.count != null ? "count" : "target";
      stopCell.appendChild(stop); tr.appendChild(stopCell);
      const valueCell = document.createElement("td");
      valueCell.className = "num";
      const value = document.createElement("input");
      value.type = "number"; value.step = "1"; value.min = "1";
      value.className = "phase-value";
      value.setAttribute("aria-label", t("stopValue") + " " + (index + 1));
      value.value = phase.count != null ? String(phase.count) : String(Math.round(parseFloat(phase.target != null ? phase.target : "0.75") * 100));
      valueCell.appendChild(value); tr.appendChild(valueCell);
      const apply = () => {
        const k = parseFloat(value.value);
        if (!(k > 0)) return;
        delete phase.target; delete phase.count; delete phase.all;
        if (stop.value === "count") phase.count = Math.round(k);
        else phase.target = Math.min(k, 100) / 100;
        if (index === state.phases.length - 1) {
          state.target = phase.target != null ? phase.target : null;
          if (phase.target != null) { $("target").value = String(phase.target); $("target-out").textContent = Math.round(phase.target * 100) + "%"; }
        }
        state.phasesEdited = true;
        schedule(0);
      };
      stop.addEventListener("change", apply);
      value.addEventListener("change", apply);
      const removeCell = document.createElement("td");
      const remove = document.createElement("button");
      remove.type = "button"; remove.textContent = "×"; remove.title = t("removePhase");
      remove.setAttribute("aria-label", t("removePhase") + " " + (index + 1));
      remove.addEventListener("click", () => {
        state.phases.splice(index, 1);
        if (state.phases.length === 1) state.phases = [];
        state.phasesEdited = true;
        fillPhases();
        schedule(0);
      });
      removeCell.appendChild(remove); tr.appendChild(removeCell);
      body.appendChild(tr);
    });
  }

  function addPhase() {
    const current = state.target != null ? state.target : parseFloat($("target").value);
    if (!state.phases.length) {
      // A one-phase scenario becomes two: its rule so far, then a phase to a higher target.
      state.phases.push({ name: t("phase") + " 1", target: current });
    }
    const previous = state.phases[state.phases.length - 1];
    const from = previous.target != null ? parseFloat(previous.target) : current;
    const next = Math.min(1, Math.round((from + 0.1) * 100) / 100);
    state.phases.push({ name: t("phase") + " " + (state.phases.length + 1), target: next });
    state.target = next;
    $("target").value = String(next);
    $("target-out").textContent = Math.round(next * 100) + "%";
    state.phasesEdited = true;
    fillPhases();
    schedule(0);
  }

  // Colours as the report's map does: by phase when there are several, else share classes
  // (quantiles of the selected districts' shares).
  function paintMap(doc) {
    const paths = document.querySelectorAll("#map path[data-code]");
    if (!paths.length) return;
    const selected = doc.selected || [];
    const byCode = new Map(selected.map((e) => [e.code, e]));
    const phased = (doc.phases || []).length > 1;
    const shares = selected.map((e) => e.share).sort((a, b) => a - b);
    const classes = Math.min(SHARE_CLASSES, new Set(shares).size);
    const bounds = [], colours = [];
    let lower = 0;
    for (let k = 0; k < classes; k++) {
      const upper = Math.max(lower, Math.floor(shares.length * (k + 1) / classes) - 1);
      bounds.push(shares[upper]);
      colours.push(classes === 1 ? SHARE_CLASSES - 2 : Math.floor(k * (SHARE_CLASSES - 1) / Math.max(classes - 1, 1)));
      lower = upper + 1;
      if (lower >= shares.length) break;
    }
    const query = $("search").value.trim().toLowerCase();
    paths.forEach((path) => {
      const code = path.dataset.code;
      const entry = byCode.get(code);
      let cls = path.dataset.nodata === "1" ? "n" : "u";
      if (entry) {
        if (phased) cls = "p" + ((entry.phase - 1) % 8);
        else {
          let i = bounds.findIndex((b) => entry.share <= b);
          if (i < 0) i = bounds.length - 1;
          cls = "s" + colours[Math.max(i, 0)];
        }
      }
      if (state.lockIn.includes(code)) cls += " lin";
      if (state.lockOut.includes(code)) cls += " lout";
      if (query && ((path.dataset.label || "").toLowerCase().includes(query) || code.startsWith(query))) cls += " hit";
      path.setAttribute("class", cls);
      path.dataset.selected = entry ? "1" : "0";
    });
  }

  function showLocks() {
    const box = $("locks");
    box.textContent = "";
    for (const [codes, cls, label] of [[state.lockIn, "in", t("lockedIn")], [state.lockOut, "out", t("lockedOut")]]) {
      for (const code of codes) {
        const span = document.createElement("span");
        span.className = cls;
        span.textContent = code + " " + label;
        box.appendChild(span);
      }
    }
  }

  function toggleLock(code, selected) {
    const inAt = state.lockIn.indexOf(code), outAt = state.lockOut.indexOf(code);
    if (inAt >= 0) { state.lockIn.splice(inAt, 1); state.lockOut.push(code); }
    else if (outAt >= 0) state.lockOut.splice(outAt, 1);
    else if (selected) state.lockOut.push(code);
    else state.lockIn.push(code);
    showLocks();
    schedule(0);
  }

  function updateDownloads() {
    const query = "?lang=" + state.lang + "&scenario=" + encodeURIComponent(JSON.stringify(override()));
    document.querySelectorAll("a[data-file]").forEach((a) => { a.href = "/api/download/" + a.dataset.file + query; });
  }

  async function download(event) {
    if (!token) return; // a plain link does it
    event.preventDefault();
    const a = event.currentTarget;
    const response = await fetch(a.href, { headers: headers() });
    if (!response.ok) { $("error").textContent = (await problem(response)).message; $("error").hidden = false; return; }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url; link.download = "sasaran-" + a.dataset.file;
    document.body.appendChild(link); link.click(); link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function start() {
    state.lang = (navigator.language || "en").toLowerCase().startsWith("id") ? "id" : "en";
    if (/[?&]lang=id/.test(location.search)) state.lang = "id";
    if (/[?&]lang=en/.test(location.search)) state.lang = "en";
    translate();
    try {
      const response = await fetch("/api/scenario", { headers: headers() });
      if (!response.ok) throw await problem(response);
      base = await response.json();
    } catch (error) {
      $("error").textContent = error.message; $("error").hidden = false; return;
    }
    $("scenario-name").textContent = base.name;
    const keys = base.keys;
    const phases = keys.phases;
    const rule = phases ? phases[phases.length - 1] : keys;
    const target = parseFloat(rule.target != null ? rule.target : "0.75");
    $("target").value = String(target);
    $("target-out").textContent = Math.round(target * 100) + "%";
    if (rule["max-per-parent"]) $("max-per-parent").value = rule["max-per-parent"];
    $("rank-by").value = keys["rank-by"] === "rate" ? "rate" : "count";
    state.rankBy = $("rank-by").value;
    const where = keys.where || {};
    yearColumn = ["tahun", "year"].find((c) => where[c] != null) || Object.keys(where)[0] || null;
    const years = yearColumn ? (base.filters[yearColumn] || []) : [];
    for (const value of years) {
      const option = document.createElement("option");
      option.value = value; option.textContent = value;
      $("year").appendChild(option);
    }
    if (yearColumn) { $("year").value = where[yearColumn]; state.year = where[yearColumn]; } else $("year").disabled = true;
    $("schematic").hidden = !/schematic/i.test(base.name);
    state.phases = (phases || []).map((p) => JSON.parse(JSON.stringify(p)));
    fillPhases();
    $("add-phase").addEventListener("click", addPhase);

    $("target").addEventListener("input", () => {
      state.target = parseFloat($("target").value);
      $("target-out").textContent = Math.round(state.target * 100) + "%";
      // The slider is the last phase's target (a count there gives way to it).
      const lastPhase = state.phases[state.phases.length - 1];
      if (lastPhase) {
        const wasCount = lastPhase.count != null;
        delete lastPhase.count; delete lastPhase.all;
        lastPhase.target = state.target;
        const inputs = document.querySelectorAll("#phases input.phase-value");
        if (wasCount) fillPhases();
        else if (inputs.length) inputs[inputs.length - 1].value = String(Math.round(state.target * 100));
      }
      schedule(120);
    });
    $("year").addEventListener("change", () => { state.year = $("year").value; schedule(0); });
    $("rank-by").addEventListener("change", () => { state.rankBy = $("rank-by").value; schedule(0); });
    $("max-per-parent").addEventListener("change", () => {
      const k = parseInt($("max-per-parent").value, 10);
      state.maxPerParent = k > 0 ? k : null;
      schedule(0);
    });
    $("search").addEventListener("input", () => { if (last) { fillList(last.selected || []); paintMap(last); } });
    $("clear-locks").addEventListener("click", () => { state.lockIn = []; state.lockOut = []; showLocks(); schedule(0); });
    $("map").addEventListener("click", (event) => {
      const path = event.target.closest && event.target.closest("path[data-code]");
      if (path) toggleLock(path.dataset.code, path.dataset.selected === "1");
    });
    $("map").addEventListener("mouseover", (event) => {
      const path = event.target.closest && event.target.closest("path[data-code]");
      if (path) $("hover").textContent = path.dataset.label;
    });
    for (const [id, lang] of [["lang-en", "en"], ["lang-id", "id"]]) {
      $(id).addEventListener("click", () => {
        state.lang = lang; translate(); showLocks(); fillPhases();
        $("quotas").tBodies[0].textContent = "";
        loadMap().catch((e) => { $("error").textContent = e.message; $("error").hidden = false; });
        if (last) show(last);
      });
    }
    document.querySelectorAll("a[data-file]").forEach((a) => a.addEventListener("click", download));
    updateDownloads();
    await Promise.all([loadMap().catch((e) => { $("error").textContent = e.message; $("error").hidden = false; }), rank()]);
  }

  document.addEventListener("DOMContentLoaded", start);
})();
