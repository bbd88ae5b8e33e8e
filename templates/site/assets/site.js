// 适老化模式：大字号、高对比。选择保存在浏览器本地，下次打开仍然有效；不启用 JavaScript 时页面照常可读。
(function () {
  var KEY = "catalogue-elder-mode";
  var root = document.documentElement;
  function stored() { try { return window.localStorage.getItem(KEY) === "on"; } catch (e) { return false; } }
  function store(on) { try { window.localStorage.setItem(KEY, on ? "on" : "off"); } catch (e) { /* 本地存储不可用时只对本页生效 */ } }
  if (stored()) root.classList.add("elder");
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("mode-toggle");
    if (!button) return;
    button.hidden = false;
    button.setAttribute("aria-pressed", root.classList.contains("elder") ? "true" : "false");
    button.addEventListener("click", function () {
      var on = !root.classList.contains("elder");
      root.classList.toggle("elder", on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
      store(on);
    });
  });
})();
