// Optional enhancement: click a legend entry to switch that highlight layer off and on.
(function () {
  "use strict";
  var body = document.getElementById("article-body");
  if (!body) return;
  var kinds = { "ent": "hide-ent", "tm": "hide-tm", "fig": "hide-fig", "quote": "hide-quote" };
  document.querySelectorAll(".legend .span").forEach(function (el) {
    var kind = Object.keys(kinds).find(function (k) { return el.classList.contains(k); });
    if (!kind) return;
    el.setAttribute("role", "button");
    el.setAttribute("tabindex", "0");
    var toggle = function () {
      var cls = kinds[kind];
      var off = body.classList.toggle(cls);
      document.querySelectorAll(".legend .span." + kind).forEach(function (x) { x.classList.toggle("off", off); });
    };
    el.addEventListener("click", toggle);
    el.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
  });
})();
