// Review page behaviour: one article at a time, prev/next/keyboard navigation,
// and two-way links between records and their highlighted evidence.
// Without JavaScript every article is shown one after another.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.article"));
  var links = Array.prototype.slice.call(document.querySelectorAll("nav#articles a[data-index]"));
  var current = -1;

  function show(index, updateHash) {
    if (!sections.length) return;
    index = Math.max(0, Math.min(sections.length - 1, index));
    sections.forEach(function (s, i) { s.hidden = i !== index; });
    links.forEach(function (a, i) { a.classList.toggle("current", i === index); });
    current = index;
    document.body.dataset.current = sections[index].id;
    if (updateHash && location.hash !== "#" + sections[index].id) {
      history.replaceState(null, "", "#" + sections[index].id);
    }
    var link = links[index];
    if (link && link.scrollIntoView) link.scrollIntoView({ block: "nearest" });
  }

  function indexOfHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < sections.length; i++) if (sections[i].id === id) return i;
    return 0;
  }

  function clearActive(section) {
    section.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
  }

  function refsOf(el) {
    return (el.getAttribute("data-refs") || "").split(" ").filter(Boolean);
  }

  function activate(section, refs, scrollTarget) {
    clearActive(section);
    var first = { mark: null, row: null };
    section.querySelectorAll("mark.hl, tr.rec").forEach(function (el) {
      var own = refsOf(el);
      if (own.some(function (r) { return refs.indexOf(r) >= 0; })) {
        el.classList.add("active");
        var kind = el.tagName === "MARK" ? "mark" : "row";
        if (!first[kind]) first[kind] = el;
      }
    });
    var target = first[scrollTarget];
    if (target) target.scrollIntoView({ block: "center" });
    return first;
  }

  sections.forEach(function (section) {
    section.addEventListener("click", function (ev) {
      var btn = ev.target.closest("button.nav");
      if (btn) { show(current + (btn.classList.contains("next") ? 1 : -1), true); return; }
      var mark = ev.target.closest("mark.hl");
      if (mark) { activate(section, refsOf(mark), "row"); return; }
      var row = ev.target.closest("tr.rec");
      if (row) activate(section, refsOf(row), "mark");
    });
  });
  links.forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      show(Number(a.getAttribute("data-index")), true);
    });
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (ev.key === "ArrowRight" || ev.key === "j") show(current + 1, true);
    else if (ev.key === "ArrowLeft" || ev.key === "k") show(current - 1, true);
  });
  var hideMatched = document.getElementById("hide-matched");
  if (hideMatched) {
    hideMatched.addEventListener("change", function () {
      document.body.classList.toggle("hide-matched", hideMatched.checked);
    });
  }
  window.addEventListener("hashchange", function () { show(indexOfHash(), false); });
  show(indexOfHash(), false);
})();
