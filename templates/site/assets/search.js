// 事项检索：在本地索引（search/index.js）中查找，不联网、不依赖任何外部库。
(function () {
  var index = window.CATALOGUE_SEARCH || [];
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!input || !status || !list) return;

  // Full-width letters, digits and punctuation (ＳＨＪＺ，１０) match their half-width forms, as everywhere in the catalogue.
  function fold(text) { return (text || "").replace(/[\uFF01-\uFF5E]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); }).replace(/\u3000/g, " ").toLowerCase(); }
  function normalise(text) { return fold(text).replace(/\s+/g, ""); }
  function haystack(e) { return normalise([e.name, e.sub, e.category, e.area, e.content, e.subject, e.id].join(" ")); }
  for (var i = 0; i < index.length; i++) index[i]._text = haystack(index[i]);

  var shown = 200;

  function run(query) {
    var words = fold(query).split(/\s+/).filter(function (w) { return w.length > 0; });
    while (list.firstChild) list.removeChild(list.firstChild);
    if (words.length === 0) { status.textContent = "共 " + index.length + " 个事项，请输入要检索的词语。"; return; }
    var hits = index.filter(function (e) { return words.every(function (w) { return e._text.indexOf(w) >= 0; }); });
    status.textContent = hits.length === 0 ? "没有找到包含“" + query + "”的事项。"
      : hits.length > shown ? "找到 " + hits.length + " 个事项，下面列出前 " + shown + " 个。请输入更具体的词语缩小范围。"
      : "找到 " + hits.length + " 个事项。";
    hits.slice(0, shown).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.href;
      a.textContent = e.name + (e.sub ? "：" + e.sub : "");
      li.appendChild(a);
      var meta = document.createElement("span");
      meta.className = "hit-meta";
      meta.textContent = e.area + " · " + e.category + " · " + e.subject;
      li.appendChild(meta);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  run(input.value);
  // Typing with a pinyin input method composes a word letter by letter: search once it is chosen, and a moment after the
  // last key, so that the status line (read out by screen readers) does not announce each letter.
  var timer = 0;
  input.addEventListener("input", function (ev) {
    if (ev.isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 300);
  });
  input.addEventListener("compositionend", function () { clearTimeout(timer); run(input.value); });
  input.form.addEventListener("submit", function (ev) { ev.preventDefault(); run(input.value); });
})();
