// extractor review: the panels of the editor page beside the records table: figures
// the run possibly missed (add one as a KPI) and the gold file's history (revert).
// app.js hands over its state and edit functions with init().
(function () {
  "use strict";
  var U = window.reviewUtil;
  var $ = U.$, el = U.el, clear = U.clear, api = U.api, articleUrl = U.articleUrl;
  var message = U.message, describe = U.describe, emptyMeeting = U.emptyMeeting;
  var firstNumber = U.firstNumber;
  var app = null;
  var state = null;

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
    app.edit(function (draft) {
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
      app.openArticle(state.art.article_id, true).then(function () { message("Restored " + version + ".", "ok"); app.refreshList(); });
    });
  }

  window.reviewPanels = {
    init: function (a) { app = a; state = a.state; },
    renderMissed: renderMissed, addNextMissed: addNextMissed, showHistory: showHistory
  };
})();
