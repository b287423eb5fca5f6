// extractor review: the editor page. Every piece of article text or record data is put
// into the DOM with textContent / value, never as HTML.
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("review-config").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var U = window.reviewUtil;
  var el = U.el, clear = U.clear, copy = U.copy, fmt = U.fmt, pct = U.pct, show = U.show;
  var api = U.api, articleUrl = U.articleUrl, message = U.message, parsePath = U.parsePath;
  var recordAt = U.recordAt, emptyMeeting = U.emptyMeeting, firstNumber = U.firstNumber;
  var describe = U.describe;
  var state = {
    list: [], art: null, draft: null, version: null, comparison: null, score: null,
    undo: [], decisions: {}, selected: null, selectPath: null, dirty: false, seq: 0,
    selection: null, chars: [], rejected: {}, walk: [], added: {}, markReviewed: false
  };

  function ensureDraft() {
    if (!state.draft) {
      var pred = state.art.predicted;
      state.draft = {
        article_id: state.art.article_id,
        language: (pred && pred.language) || state.art.language || "und",
        meetings: []
      };
    }
    return state.draft;
  }

  // ------------------------------------------------------------------ edits

  function snapshot() {
    state.undo.push({ draft: copy(state.draft), decisions: copy(state.decisions),
      rejected: copy(state.rejected), added: copy(state.added) });
    $("undo").disabled = false;
  }

  function edit(change) {
    snapshot();
    ensureDraft();
    change(state.draft);
    state.dirty = true;
    $("undo").disabled = false;
    preview();
  }

  function goldMeetingFor(predMeeting) {
    var pairs = state.comparison.pairs;
    for (var i = 0; i < pairs.length; i++) {
      var p = pairs[i];
      if (p.type === "meetings" && p.pred && p.gold && p.pred.meeting === predMeeting) return p.gold.meeting;
    }
    return null;
  }

  // The predicted record as gold: the run's confidence is its own, not the annotator's.
  function asGold(pair) {
    var rec = copy(recordAt(state.art.predicted, pair.pred.path));
    delete rec.confidence;
    return rec;
  }

  function applyAccept(draft, pair) {
    var rec = asGold(pair);
    state.decisions[pair.pred.ref] = "accepted";
    delete state.rejected[pair.pred.fingerprint];
    if (pair.type === "meetings") {
      var fields = { kind: rec.kind, title: rec.title, date: rec.date, location: rec.location };
      if (pair.gold) Object.assign(recordAt(draft, pair.gold.path), fields);
      else draft.meetings.push(emptyMeeting(fields));
      return;
    }
    if (pair.gold) {
      var g = parsePath(pair.gold.path);
      draft.meetings[g.meeting][g.type][g.index] = rec;
      return;
    }
    var m = goldMeetingFor(pair.pred.meeting);
    if (m === null) {
      if (!draft.meetings.length) draft.meetings.push(emptyMeeting(state.art.predicted.meetings[pair.pred.meeting]));
      m = Math.min(pair.pred.meeting, draft.meetings.length - 1);
    }
    draft.meetings[m][pair.type].push(rec);
    state.selectPath = "meetings[" + m + "]." + pair.type + "[" + (draft.meetings[m][pair.type].length - 1) + "]";
  }

  function accept(pair) {
    if (!pair || !pair.pred) return;
    edit(function (draft) { applyAccept(draft, pair); });
  }

  function reject(pair) {
    if (!pair || !pair.pred) return;
    snapshot();
    state.decisions[pair.pred.ref] = "rejected";
    state.rejected[pair.pred.fingerprint] = true;
    state.dirty = true;
    renderHeader();
    renderRecords();
  }

  // ------------------------------------------------------------------ the walk

  function decisionOf(pair) {
    if (!pair || !pair.pred) return null;
    if (state.decisions[pair.pred.ref]) return state.decisions[pair.pred.ref];
    if (state.rejected[pair.pred.fingerprint]) return "rejected";
    return pair.status === "matched" ? "matched" : null;
  }
  function pairByKey(key) {
    var pairs = state.comparison ? state.comparison.pairs : [];
    for (var i = 0; i < pairs.length; i++) if (pairs[i].pred && pairs[i].pred.ref === key) return pairs[i];
    return null;
  }
  function undecidedKeys() {
    return state.walk.filter(function (k) { return decisionOf(pairByKey(k)) === null; });
  }
  // The next undecided record after the current one in the walk order fixed when the
  // article opened: a record that moves in the table after a decision is not met again.
  function nextUndecided() {
    var left = undecidedKeys();
    if (!left.length) { message("Every record is decided.", "ok"); return; }
    var at = state.walk.indexOf(state.selected);
    var after = left.filter(function (k) { return state.walk.indexOf(k) > at; });
    var key = after.length ? after[0] : left[0];
    select(key, "row");
    select(key, "mark");
  }
  function decideAndGo(fn) {
    var pair = selectedPair();
    if (!pair || !pair.pred || decisionOf(pair) === "accepted" || decisionOf(pair) === "rejected") { nextUndecided(); return; }
    fn(pair);
    state.selectPath = null; // the walk moves on; the accepted record is not selected again
    nextUndecided();
  }
  function acceptAll() {
    var pairs = undecidedKeys().map(pairByKey).filter(Boolean);
    if (!pairs.length) { message("Nothing left to accept.", "info"); return; }
    if (!window.confirm("Accept all " + pairs.length + " remaining record(s)?")) return;
    pairs.sort(function (a, b) { return (a.type === "meetings" ? 0 : 1) - (b.type === "meetings" ? 0 : 1); });
    edit(function (draft) { pairs.forEach(function (p) { applyAccept(draft, p); }); });
    state.selectPath = null;
  }

  function removeGold(pair) {
    if (!pair || !pair.gold) return;
    if (pair.type === "meetings" && !window.confirm("Delete this meeting with all its records?")) return;
    edit(function (draft) {
      var p = parsePath(pair.gold.path);
      if (p.index === null) draft.meetings.splice(p.meeting, 1);
      else draft.meetings[p.meeting][p.type].splice(p.index, 1);
    });
  }

  function setField(path, type, field, value) {
    edit(function (draft) {
      var rec = recordAt(draft, path);
      rec[field] = value;
      var q = cfg.quote_fields[type];
      if (q && q[0] === field) rec[q[1]] = null; // located again by the server
    });
  }

  function undo() {
    var last = state.undo.pop();
    if (!last) return;
    state.draft = last.draft;
    state.decisions = last.decisions;
    state.rejected = last.rejected;
    state.added = last.added;
    $("undo").disabled = !state.undo.length;
    if (!state.draft) { // back to an article without gold: nothing to score
      state.dirty = false;
      applyComparison({ comparison: state.art.comparison, score: state.art.score });
      return;
    }
    state.dirty = true;
    preview();
  }



  function addFromSelection(type) {
    var sel = state.selection;
    if (!sel) return;
    var grounding = { start: sel.start, end: sel.end, status: "exact", score: 1.0 };
    var rec;
    if (type === "attendees") {
      rec = { name: sel.text, name_in_text: sel.text, titles: [], role: "attendee", name_grounding: grounding };
    } else if (type === "kpis") {
      rec = { indicator: "", value: firstNumber(sel.text), unit: "", scale: 1.0, qualifier: "exact",
        out_of: null, period: null, target: null, evidence: sel.text, evidence_grounding: grounding };
    } else {
      rec = { issuer: null, addressee: null, action: "", deadline: null, evidence: sel.text,
        evidence_grounding: grounding };
    }
    var m = Number($("add-meeting").value || 0);
    edit(function (draft) {
      if (!draft.meetings.length) {
        var pm = state.art.predicted && state.art.predicted.meetings[0];
        draft.meetings.push(emptyMeeting(pm || null));
        m = 0;
      }
      draft.meetings[m][type].push(rec);
      state.selectPath = "meetings[" + m + "]." + type + "[" + (draft.meetings[m][type].length - 1) + "]";
    });
    window.getSelection().removeAllRanges();
    setSelection(null);
  }

  function addMissed(index) {
    var u = (state.art.uncovered || [])[index];
    if (!u || state.added[index]) return;
    var text = state.art.text || "";
    var chars = state.chars;
    // the sentence around the figure, as evidence, with its span in code points
    var before = Array.from(text).slice(0, u.span[0]).join("");
    var from = before.lastIndexOf(u.sentence.slice(0, 20));
    var start = from >= 0 ? Array.from(before.slice(0, from)).length : u.span[0];
    var sentence = chars.slice(start, start + Array.from(u.sentence).length).join("");
    if (sentence !== u.sentence) { start = u.span[0]; sentence = chars.slice(u.span[0], u.span[1]).join(""); }
    var grounding = { start: start, end: start + Array.from(sentence).length, status: "exact", score: 1.0 };
    var rec = { indicator: "", value: firstNumber(u.text), unit: "", scale: 1.0, qualifier: "exact",
      out_of: null, period: null, target: null, evidence: sentence, evidence_grounding: grounding };
    var m = Number($("add-meeting").value || 0);
    edit(function (draft) {
      state.added[index] = true;
      if (!draft.meetings.length) {
        var pm = state.art.predicted && state.art.predicted.meetings[0];
        draft.meetings.push(emptyMeeting(pm || null));
        m = 0;
      }
      draft.meetings[m].kpis.push(rec);
      state.selectPath = "meetings[" + m + "].kpis[" + (draft.meetings[m].kpis.length - 1) + "]";
    });
    message("Added as KPI: fill in its indicator and unit.", "info");
  }

  function renderMissed() {
    var box = $("missed");
    clear(box);
    var list = state.art.uncovered || [];
    box.hidden = !list.length;
    if (!list.length) return;
    box.appendChild(el("h3", { text: "Possibly missed (" + list.length + ") · m adds the next as KPI" }));
    var ul = el("ul", {});
    list.forEach(function (u, i) {
      var btn = el("button", { cls: "nav small add-missed", type: "button", text: state.added[i] ? "added" : "add as KPI" });
      btn.disabled = !!state.added[i];
      btn.addEventListener("click", function () { addMissed(i); });
      ul.appendChild(el("li", { cls: "missed-item", "data-index": String(i) }, [
        el("strong", { text: u.text }), document.createTextNode(" · " + u.sentence + " "), btn
      ]));
    });
    box.appendChild(ul);
  }

  function addNextMissed() {
    var list = state.art.uncovered || [];
    for (var i = 0; i < list.length; i++) if (!state.added[i]) { addMissed(i); return; }
  }

  // ------------------------------------------------------------------ history

  function showHistory() {
    var box = $("history");
    if (!box.hidden) { box.hidden = true; return; }
    api("GET", articleUrl(state.art.article_id) + "/history").then(function (r) {
      clear(box);
      box.hidden = false;
      box.appendChild(el("h3", { text: "History of " + state.art.article_id }));
      if (!r.data.length) { box.appendChild(el("p", { text: "No saves yet." })); return; }
      var ol = el("ol", { cls: "history-list" });
      r.data.forEach(function (e) {
        var li = el("li", { cls: "history-item", "data-version": e.version }, [
          el("span", { text: (e.at || "before the app") + " · " + (e.annotator || "?") + " · " + (e.status || "") +
            (e.run_id ? " · run " + e.run_id : "") + " · " + (e.patch || []).length + " change(s)" +
            (e.reverted_to ? " · revert to " + e.reverted_to : "") })
        ]);
        if (e.version !== state.version) {
          var btn = el("button", { cls: "nav small revert", type: "button", text: "Revert to this" });
          btn.addEventListener("click", function () { revert(e.version); });
          li.appendChild(btn);
        } else li.appendChild(el("span", { cls: "decision", text: "current" }));
        ol.appendChild(li);
      });
      box.appendChild(ol);
    });
  }

  function revert(version) {
    if (!window.confirm("Restore version " + version + "? Unsaved edits are dropped.")) return;
    api("POST", articleUrl(state.art.article_id) + "/revert", { version: version }, { "If-Match": state.version }).then(function (r) {
      if (r.status !== 200) { message("Not reverted (" + r.status + "): " + describe(r.data), "error"); return; }
      $("history").hidden = true;
      openArticle(state.art.article_id, true).then(function () { message("Restored " + version + ".", "ok"); refreshList(); });
    });
  }

  // ------------------------------------------------------------------ server round trips

  function applyComparison(data) {
    state.comparison = data.comparison;
    state.score = data.score;
    if (data.gold !== undefined) state.draft = data.gold;
    renderAll();
    state.selectPath = null;
  }

  function preview() {
    var seq = ++state.seq;
    return api("POST", articleUrl(state.art.article_id) + "/preview", state.draft).then(function (r) {
      if (seq !== state.seq) return;
      if (r.status === 200) { applyComparison(r.data); message(""); }
      else message("Not a valid record set: " + describe(r.data), "error");
    });
  }



  function save(force) {
    if (!state.art) return;
    var draft = copy(ensureDraft());
    // Reviewed when the reviewer says so, or when every record is decided.
    var done = $("mark-reviewed").checked || !undecidedKeys().length;
    draft.annotation = { status: done ? "reviewed" : "in_progress", rejected: Object.keys(state.rejected).sort() };
    var url = articleUrl(state.art.article_id) + "/gold" + (force ? "?force=1" : "");
    message("Saving…", "info");
    return api("PUT", url, draft, { "If-Match": state.version }).then(function (r) {
      if (r.status === 200) {
        state.version = r.data.version;
        state.dirty = false;
        state.art.status = r.data.saved.annotation ? r.data.saved.annotation.status : "reviewed";
        applyComparison({ comparison: r.data.comparison, score: r.data.score, gold: r.data.saved });
        var o = r.data.score.overall;
        message("Saved. Against the new gold: F1 " + fmt(o.f1) + " · P " + fmt(o.precision) + " · R " + fmt(o.recall), "ok");
        refreshList();
      } else if (r.status === 422 && r.data.error === "validator") {
        var errors = r.data.findings.filter(function (f) { return f.severity === "error"; });
        var btn = el("button", { cls: "nav danger", type: "button", id: "force-save", text: "Save anyway" });
        btn.addEventListener("click", function () { save(true); });
        message("Not saved: " + errors.length + " error(s): " + errors.map(function (f) {
          return f.path + " " + f.message;
        }).join(" · "), "error", [btn]);
      } else if (r.status === 409) {
        var reload = el("button", { cls: "nav", type: "button", text: "Reload (drops your edits)" });
        reload.addEventListener("click", function () { openArticle(state.art.article_id, true); });
        message("Not saved: someone else saved this article since you opened it.", "error", [reload]);
      } else {
        message("Not saved (" + r.status + "): " + describe(r.data), "error");
      }
    });
  }

  // ------------------------------------------------------------------ rendering: text

  function renderText() {
    var pre = $("article-text");
    clear(pre);
    if (state.art.text === null) {
      pre.appendChild(el("span", { cls: "no-text", text: "Article text not found: no highlights." }));
      return;
    }
    var chars = state.chars;
    var pos = 0;
    state.comparison.segments.forEach(function (seg) {
      if (seg.start > pos) pre.appendChild(document.createTextNode(chars.slice(pos, seg.start).join("")));
      var mark = el("mark", {
        cls: "hl st-" + seg.status + (seg.pred_only ? " side-pred" : ""),
        "data-refs": seg.refs.join(" "), text: chars.slice(seg.start, seg.end).join("")
      });
      pre.appendChild(mark);
      pos = seg.end;
    });
    if (pos < chars.length) pre.appendChild(document.createTextNode(chars.slice(pos).join("")));
  }

  // Offsets in code points (Python's str indices), not UTF-16 units.
  function offsetIn(pre, node, offset) {
    var range = document.createRange();
    range.setStart(pre, 0);
    range.setEnd(node, offset);
    return Array.from(range.toString()).length;
  }

  function readSelection() {
    var sel = window.getSelection();
    var pre = $("article-text");
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    var range = sel.getRangeAt(0);
    if (!pre.contains(range.startContainer) || !pre.contains(range.endContainer)) return null;
    var start = offsetIn(pre, range.startContainer, range.startOffset);
    var end = offsetIn(pre, range.endContainer, range.endOffset);
    var chars = state.chars;
    while (start < end && /\s/.test(chars[start])) start++;
    while (end > start && /\s/.test(chars[end - 1])) end--;
    if (end <= start) return null;
    return { start: start, end: end, text: chars.slice(start, end).join("") };
  }

  function setSelection(sel) {
    state.selection = sel;
    document.querySelectorAll("#add-bar button[data-add]").forEach(function (b) { b.disabled = !sel; });
    $("selection-info").textContent = sel
      ? "Add “" + (sel.text.length > 60 ? sel.text.slice(0, 57) + "…" : sel.text) + "” [" + sel.start + ":" + sel.end + "] as:"
      : "Select text in the article to add a record:";
  }

  // ------------------------------------------------------------------ rendering: records

  function rowKey(pair) { return pair.pred ? pair.pred.ref : pair.gold.ref; }

  function findingList(findings) {
    if (!findings || !findings.length) return null;
    return el("ul", { cls: "findings" }, findings.map(function (f) {
      return el("li", { cls: "finding " + f.severity, title: f.path, text: f.severity + " · " + f.code + ": " + f.message });
    }));
  }

  function inputFor(spec, value, onChange) {
    var input;
    if (spec.input === "select") {
      input = el("select");
      var options = (spec.nullable ? [""] : []).concat(spec.options);
      options.forEach(function (o) { input.appendChild(el("option", { value: o, text: o || "(null)" })); });
      input.value = value === null || value === undefined ? "" : value;
    } else if (spec.input === "number") {
      input = el("input", { type: "number", step: "any" });
      input.value = value === null || value === undefined ? "" : String(value);
    } else if (spec.input === "date" && (value === null || /^\d{4}-\d{2}-\d{2}$/.test(value))) {
      input = el("input", { type: "date" });
      input.value = value || "";
    } else {
      input = el("input", { type: "text" });
      input.value = spec.input === "list" ? (value || []).join("; ") : (value === null || value === undefined ? "" : value);
    }
    input.name = spec.name;
    input.className = "f-input";
    input.addEventListener("change", function () {
      var raw = input.value;
      var out;
      if (spec.input === "list") out = raw.split(";").map(function (s) { return s.trim(); }).filter(Boolean);
      else if (raw === "" && spec.nullable) out = null;
      else if (spec.input === "number") {
        if (raw === "" || !isFinite(Number(raw))) { input.classList.add("invalid"); return; }
        out = Number(raw);
      } else out = raw;
      onChange(out);
    });
    return input;
  }

  function goldCell(pair) {
    var td = el("td", { cls: "gold-side" });
    if (!pair.gold) { td.appendChild(el("span", { cls: "empty", text: "—" })); return td; }
    var rec = state.draft && recordAt(state.draft, pair.gold.path);
    if (!rec) { td.appendChild(el("span", { cls: "empty", text: "…" })); return td; }
    td.appendChild(el("span", { cls: "path", text: pair.gold.path }));
    var dl = el("dl", { cls: "fields" });
    cfg.fields[pair.type].forEach(function (spec) {
      var dd = el("dd", { cls: pair.verdicts[spec.name] || "" });
      dd.appendChild(inputFor(spec, rec[spec.name], function (v) { setField(pair.gold.path, pair.type, spec.name, v); }));
      dl.appendChild(el("dt", { text: spec.name }));
      dl.appendChild(dd);
    });
    td.appendChild(dl);
    var del = el("button", { cls: "nav small act-delete", type: "button", text: "Delete" });
    del.addEventListener("click", function (ev) { ev.stopPropagation(); removeGold(pair); });
    td.appendChild(el("div", { cls: "actions" }, [del]));
    var f = findingList(pair.gold.findings);
    if (f) td.appendChild(f);
    return td;
  }

  function predCell(pair) {
    var td = el("td", { cls: "pred-side" });
    if (!pair.pred) { td.appendChild(el("span", { cls: "empty", text: "—" })); return td; }
    td.appendChild(el("span", { cls: "path", text: pair.pred.path }));
    var dl = el("dl", { cls: "fields" });
    cfg.fields[pair.type].forEach(function (spec) {
      dl.appendChild(el("dt", { text: spec.name }));
      dl.appendChild(el("dd", { cls: pair.verdicts[spec.name] || "", text: show(pair.pred.data[spec.name]) }));
    });
    td.appendChild(dl);
    var acc = el("button", { cls: "nav small act-accept", type: "button", text: pair.gold ? "Accept (replace gold)" : "Accept" });
    acc.addEventListener("click", function (ev) { ev.stopPropagation(); select(rowKey(pair), "mark"); accept(pair); });
    var rej = el("button", { cls: "nav small act-reject", type: "button", text: "Reject" });
    rej.addEventListener("click", function (ev) { ev.stopPropagation(); select(rowKey(pair), "mark"); reject(pair); });
    td.appendChild(el("div", { cls: "actions" }, [acc, rej]));
    var f = findingList(pair.pred.findings);
    if (f) td.appendChild(f);
    return td;
  }

  function renderRecords() {
    var body = $("records");
    clear(body);
    if (!state.comparison) return;
    state.comparison.pairs.forEach(function (pair) {
      var key = rowKey(pair);
      var decision = decisionOf(pair);
      if (decision === "matched") decision = null;
      var tr = el("tr", {
        cls: "rec status-" + pair.status + (decision ? " decided-" + decision : ""),
        "data-refs": pair.refs.join(" "), "data-key": key, "data-type": pair.type
      });
      var conf = pair.pred ? pair.pred.confidence : null;
      var status = el("td", { cls: "status" }, [
        el("span", { text: pair.status }), el("span", { cls: "rtype", text: pair.type }),
        conf === null || conf === undefined ? null
          : el("span", { cls: "confidence", title: state.art.calibrated ? "calibrated confidence" : "uncalibrated confidence", text: "conf " + pct(conf) + (state.art.calibrated ? "" : "*") }),
        decision ? el("span", { cls: "decision", text: decision }) : null
      ]);
      tr.appendChild(status);
      tr.appendChild(goldCell(pair));
      tr.appendChild(predCell(pair));
      tr.addEventListener("click", function (ev) {
        if (ev.target.closest("input, select, button")) return;
        select(key, "mark");
      });
      body.appendChild(tr);
    });
    if (state.selectPath) {
      state.comparison.pairs.forEach(function (p) {
        if (p.gold && p.gold.path === state.selectPath) state.selected = rowKey(p);
      });
    }
    if (state.selected) select(state.selected, null);
    renderMissed();
  }

  function refsOf(node) { return (node.getAttribute("data-refs") || "").split(" ").filter(Boolean); }

  function select(key, scrollTo) {
    state.selected = key;
    var row = document.querySelector('#records tr.rec[data-key="' + CSS.escape(key) + '"]');
    document.querySelectorAll("#editor .active").forEach(function (n) { n.classList.remove("active"); });
    if (!row) return;
    row.classList.add("active");
    var refs = refsOf(row);
    var first = null;
    document.querySelectorAll("#article-text mark.hl").forEach(function (m) {
      if (refsOf(m).some(function (r) { return refs.indexOf(r) >= 0; })) {
        m.classList.add("active");
        if (!first) first = m;
      }
    });
    if (scrollTo === "mark" && first) first.scrollIntoView({ block: "center" });
    if (scrollTo === "row") row.scrollIntoView({ block: "center" });
  }

  function selectFromMark(mark) {
    var refs = refsOf(mark);
    var rows = document.querySelectorAll("#records tr.rec");
    for (var i = 0; i < rows.length; i++) {
      if (refsOf(rows[i]).some(function (r) { return refs.indexOf(r) >= 0; })) {
        select(rows[i].getAttribute("data-key"), "row");
        return;
      }
    }
  }

  function moveSelection(step) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("#records tr.rec"));
    if (!rows.length) return;
    var keys = rows.map(function (r) { return r.getAttribute("data-key"); });
    var i = keys.indexOf(state.selected);
    i = i < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.max(0, Math.min(rows.length - 1, i + step));
    select(keys[i], "row");
    select(keys[i], "mark");
  }

  function selectedPair() {
    if (!state.comparison) return null;
    for (var i = 0; i < state.comparison.pairs.length; i++) {
      if (rowKey(state.comparison.pairs[i]) === state.selected) return state.comparison.pairs[i];
    }
    return null;
  }

  function renderHeader() {
    var art = state.art;
    $("article-title").textContent = art.article_id + (art.language ? " (" + art.language + ")" : "");
    $("article-status").textContent = (art.status || "").replace("_", " ");
    $("article-status").className = "status-badge " + (art.status || "");
    var s = state.score;
    var fa = s ? s.field_accuracy : null;
    $("score").textContent = s
      ? "F1 " + fmt(s.overall.f1) + " · fields " + (fa && fa.n ? fa.strict_correct + "/" + fa.n + " (" + fmt(fa.strict) + ")" : "–") +
        " · P " + fmt(s.overall.precision) + " · R " + fmt(s.overall.recall)
      : "no gold yet";
    var left = state.comparison ? undecidedKeys().length : 0;
    $("undecided").textContent = left ? left + " undecided" : "all decided";
    $("mark-reviewed").checked = state.markReviewed || (!!state.comparison && !left);
    var sel = $("add-meeting");
    var keep = sel.value;
    clear(sel);
    var meetings = (state.draft && state.draft.meetings) || [];
    if (!meetings.length) sel.appendChild(el("option", { value: "0", text: "a new meeting" }));
    meetings.forEach(function (m, i) {
      sel.appendChild(el("option", { value: String(i), text: "meeting " + i + ": " + (m.title || "").slice(0, 40) }));
    });
    if (keep && Number(keep) < meetings.length) sel.value = keep;
    var pos = indexInList(art.article_id);
    $("prev-article").disabled = pos <= 0;
    $("next-article").disabled = pos < 0 || pos >= state.list.length - 1;
  }

  function renderAll() {
    renderHeader();
    renderText();
    renderRecords();
  }

  // ------------------------------------------------------------------ list and chart

  function indexInList(id) {
    for (var i = 0; i < state.list.length; i++) if (state.list[i].article_id === id) return i;
    return -1;
  }

  function renderList() {
    var ol = $("article-list");
    clear(ol);
    state.list.forEach(function (a) {
      var link = el("a", { href: "#/" + encodeURIComponent(a.article_id), "data-id": a.article_id });
      if (state.art && state.art.article_id === a.article_id) link.className = "current";
      link.appendChild(el("span", { cls: "aid", text: a.article_id }));
      var badges = el("span", { cls: "badges" }, [
        el("span", { cls: "status-badge " + a.status, text: a.status.replace("_", " ") }),
        el("span", { cls: "f1", text: a.f1 === null ? "no gold" : "F1 " + fmt(a.f1) }),
        a.field_accuracy === null || a.field_accuracy === undefined ? null
          : el("span", { cls: "fields-acc" + (a.field_accuracy < 1 ? " imperfect" : ""), text: "fields " + fmt(a.field_accuracy) }),
        el("span", { cls: "expected", title: "expected wrong records (sum of 1 − confidence)", text: "~" + Number(a.expected_errors || 0).toFixed(1) + " wrong" }),
        a.uncovered ? el("span", { cls: "badge extra", title: "figures no KPI covers", text: a.uncovered + " missed?" }) : null,
        a.errors ? el("span", { cls: "badge missing", title: "validator errors", text: a.errors + " err" }) : null,
        a.warnings ? el("span", { cls: "badge mismatched", title: "validator warnings", text: a.warnings + " warn" }) : null
      ]);
      link.appendChild(badges);
      ol.appendChild(el("li", {}, [link]));
    });
  }

  function bars(title, rows) {
    var box = el("div", { cls: "chart-group" }, [el("h3", { text: title })]);
    var names = { precision: "P", recall: "R", f1: "F1", field_accuracy: "fields" };
    rows.forEach(function (row) {
      var line = el("div", { cls: "chart-row" });
      line.appendChild(el("span", { cls: "chart-label", text: row.label }));
      var track = el("span", { cls: "chart-bars" });
      ["precision", "recall", "f1", "field_accuracy"].forEach(function (m) {
        if (!(m in row.s)) return;
        var v = row.s[m];
        var fill = el("span", { cls: "bar " + m });
        fill.style.width = (v === null ? 0 : Math.round(100 * v)) + "%";
        track.appendChild(el("span", { cls: "bar-line" }, [
          el("span", { cls: "bar-name", text: names[m] }),
          el("span", { cls: "bar-track" }, [fill]),
          el("span", { cls: "bar-num", text: fmt(v) })
        ]));
      });
      line.appendChild(track);
      box.appendChild(line);
    });
    return box;
  }

  function renderChart(summary) {
    var chart = $("chart");
    clear(chart);
    if (!summary.articles) {
      chart.appendChild(el("p", { cls: "run", text: "No gold yet: scores appear after the first save." }));
      return;
    }
    chart.appendChild(el("p", { cls: "run", text: summary.articles + " article(s) with gold · F1 " + fmt(summary.overall.f1) +
      " · fields " + fmt(summary.overall.field_accuracy) }));
    chart.appendChild(bars("By record type", cfg.record_types.map(function (t) { return { label: t, s: summary.per_type[t] }; })));
    chart.appendChild(bars("By language", Object.keys(summary.per_language).map(function (l) {
      return { label: l + " (" + summary.per_language[l].articles + ")", s: summary.per_language[l] };
    })));
  }

  function refreshList() {
    return Promise.all([api("GET", "/api/queue"), api("GET", "/api/summary")]).then(function (rs) {
      // The queue's order as the page first got it: a saved article keeps its place,
      // so ] and [ still step from it.
      if (!state.order) state.order = rs[0].data.map(function (a) { return a.article_id; });
      var rank = {};
      state.order.forEach(function (id, i) { rank[id] = i; });
      state.list = rs[0].data.slice().sort(function (a, b) {
        var ra = a.article_id in rank ? rank[a.article_id] : 1e9, rb = b.article_id in rank ? rank[b.article_id] : 1e9;
        return ra - rb;
      });
      renderList();
      renderChart(rs[1].data);
      if (state.art) renderHeader();
    });
  }

  // ------------------------------------------------------------------ navigation

  function openArticle(id, force) {
    if (!force && state.dirty && !window.confirm("Drop the unsaved edits of " + state.art.article_id + "?")) return;
    return api("GET", articleUrl(id)).then(function (r) {
      if (r.status !== 200) { message("Cannot open " + id + ": " + describe(r.data), "error"); return; }
      state.art = r.data;
      state.chars = Array.from(r.data.text || "");
      state.draft = r.data.gold ? copy(r.data.gold) : null;
      state.version = r.data.version;
      state.undo = [];
      state.decisions = {};
      state.rejected = {};
      (r.data.rejected || []).forEach(function (f) { state.rejected[f] = true; });
      state.added = {};
      state.markReviewed = false;
      state.selected = null;
      state.dirty = false;
      state.art.calibrated = !!(r.data.predicted && r.data.predicted.confidence && r.data.predicted.confidence.calibrated);
      state.walk = r.data.comparison.pairs.filter(function (p) { return p.pred; }).map(function (p) { return p.pred.ref; });
      $("history").hidden = true;
      $("undo").disabled = true;
      $("editor").hidden = false;
      $("empty").hidden = true;
      if (decodeURIComponent(location.hash.slice(2)) !== id) history.replaceState(null, "", "#/" + encodeURIComponent(id));
      setSelection(null);
      message("");
      applyComparison({ comparison: r.data.comparison, score: r.data.score });
      renderList();
      document.body.dataset.article = id;
    });
  }

  function step(delta) {
    var i = indexInList(state.art ? state.art.article_id : null);
    var next = state.list[i + delta];
    if (next) openArticle(next.article_id);
  }

  function onKey(ev) {
    var typing = ev.target.closest && ev.target.closest("input, select, textarea");
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "s") { ev.preventDefault(); save(false); return; }
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "z" && !typing) { ev.preventDefault(); undo(); return; }
    if (typing || ev.altKey || ev.ctrlKey || ev.metaKey || !state.art) return;
    var actions = {
      a: function () { decideAndGo(accept); },
      r: function () { decideAndGo(reject); },
      A: acceptAll,
      n: nextUndecided, j: function () { moveSelection(1); },
      p: function () { moveSelection(-1); }, k: function () { moveSelection(-1); },
      x: function () { removeGold(selectedPair()); },
      "1": function () { addFromSelection("attendees"); },
      "2": function () { addFromSelection("kpis"); },
      "3": function () { addFromSelection("directives"); },
      m: addNextMissed,
      h: showHistory,
      "?": function () { $("keys-help").hidden = !$("keys-help").hidden; },
      Escape: function () { $("keys-help").hidden = true; },
      "]": function () { step(1); }, "[": function () { step(-1); }
    };
    if (actions[ev.key]) { ev.preventDefault(); actions[ev.key](); }
  }

  // ------------------------------------------------------------------ wiring

  $("article-list").addEventListener("click", function (ev) {
    var a = ev.target.closest("a[data-id]");
    if (!a) return;
    ev.preventDefault();
    openArticle(a.getAttribute("data-id"));
  });
  $("article-text").addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark.hl");
    if (mark && window.getSelection().isCollapsed) selectFromMark(mark);
  });
  var selectionPending = false;
  document.addEventListener("selectionchange", function () {
    if (!state.art || selectionPending) return;
    selectionPending = true; // once per frame, however many changes a drag makes
    requestAnimationFrame(function () { selectionPending = false; setSelection(readSelection()); });
  });
  document.querySelectorAll("#add-bar button[data-add]").forEach(function (b) {
    b.addEventListener("mousedown", function (ev) { ev.preventDefault(); }); // keep the selection
    b.addEventListener("click", function () { addFromSelection(b.getAttribute("data-add")); });
  });
  $("save").addEventListener("click", function () { save(false); });
  $("undo").addEventListener("click", undo);
  $("show-history").addEventListener("click", showHistory);
  $("mark-reviewed").addEventListener("change", function () { state.markReviewed = $("mark-reviewed").checked; });
  $("prev-article").addEventListener("click", function () { step(-1); });
  $("next-article").addEventListener("click", function () { step(1); });
  document.addEventListener("keydown", onKey);
  window.addEventListener("beforeunload", function (ev) { if (state.dirty) { ev.preventDefault(); ev.returnValue = ""; } });

  refreshList().then(function () {
    var id = decodeURIComponent(location.hash.slice(2));
    if (indexInList(id) >= 0) openArticle(id);
    else if (state.list.length) openArticle(state.list[0].article_id);
  });
})();
