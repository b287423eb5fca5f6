// extractor review: helpers of the editor page (app.js), on window.reviewUtil. Every
// piece of text goes into the DOM with textContent, never as HTML.
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("review-config").textContent);
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "cls") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function clear(node) { node.textContent = ""; } // one operation, not one per child
  function copy(obj) { return JSON.parse(JSON.stringify(obj)); }
  function fmt(v) { return v === null || v === undefined ? "–" : Number(v).toFixed(3); }
  function pct(v) { return v === null || v === undefined ? "–" : Math.round(100 * v) + "%"; }
  function show(value) {
    if (value === null || value === undefined) return "null";
    if (Array.isArray(value)) return value.length ? value.join("; ") : "[]";
    return String(value);
  }

  function api(method, url, body, headers) {
    var h = { "Accept": "application/json", "X-Review-Token": cfg.token };
    if (body !== undefined) h["Content-Type"] = "application/json";
    Object.keys(headers || {}).forEach(function (k) { h[k] = headers[k]; });
    busy(1);
    return fetch(url, {
      method: method, headers: h, body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (resp) {
      return resp.json().then(function (data) { return { status: resp.status, data: data }; },
        function () { return { status: resp.status, data: {} }; });
    }, function (err) {
      return { status: 0, data: { message: "server unreachable: " + err } };
    }).then(function (r) { setTimeout(function () { busy(-1); }, 0); return r; });
  }
  // Requests in flight, on <body data-busy>: tests and scripts wait for "0".
  var inFlight = 0;
  function busy(delta) { inFlight += delta; document.body.dataset.busy = String(inFlight); }
  function articleUrl(id) { return "/api/articles/" + encodeURIComponent(id); }

  function message(text, kind, extra) {
    var box = $("messages");
    clear(box);
    if (!text) return;
    var p = el("p", { cls: "msg " + (kind || "info"), text: text });
    (extra || []).forEach(function (node) { p.appendChild(document.createTextNode(" ")); p.appendChild(node); });
    box.appendChild(p);
  }

  // ------------------------------------------------------------------ record paths

  function parsePath(path) {
    var m = /^meetings\[(\d+)\](?:\.(\w+)\[(\d+)\])?$/.exec(path);
    return m ? { meeting: Number(m[1]), type: m[2] || "meetings", index: m[3] === undefined ? null : Number(m[3]) } : null;
  }
  function recordAt(doc, path) {
    var p = parsePath(path);
    var meeting = doc.meetings[p.meeting];
    if (!meeting) return undefined;
    return p.index === null ? meeting : meeting[p.type][p.index];
  }
  function emptyMeeting(from) {
    return {
      kind: from ? from.kind : "other", title: from ? from.title : "", date: from ? from.date : null,
      location: from ? from.location : null, attendees: [], kpis: [], directives: []
    };
  }
  function firstNumber(text) {
    var m = /\d[\d\s.,]*/.exec(text);
    if (!m) return 0;
    var n = Number(m[0].replace(/\s/g, "").replace(",", "."));
    return isFinite(n) ? n : 0;
  }
  function describe(data) {
    if (data.errors) {
      return data.errors.slice(0, 5).map(function (e) { return (e.loc || []).join(".") + ": " + e.msg; }).join("; ");
    }
    return data.message || "error";
  }
  window.reviewUtil = {
    $: $, el: el, clear: clear, copy: copy, fmt: fmt, pct: pct, show: show, api: api,
    articleUrl: articleUrl, message: message, parsePath: parsePath, recordAt: recordAt,
    emptyMeeting: emptyMeeting, firstNumber: firstNumber, describe: describe
  };
})();
