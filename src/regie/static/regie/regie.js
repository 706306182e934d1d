// Behaviour for every page, loaded as a static file (the Content-Security-Policy allows no inline script).
(function () {
  "use strict";

  // A form shows the browser's :invalid styles only after someone tried to submit it (regie.css).
  function geprobeerd(event) {
    var formulier = event.target.form || event.target.closest && event.target.closest("form");
    if (formulier) formulier.classList.add("regie-geprobeerd");
  }
  document.addEventListener("invalid", geprobeerd, true);
  document.addEventListener("submit", function (event) { event.target.classList.add("regie-geprobeerd"); }, true);

  // On a phone the main menu starts folded behind its "Menu" button; without JavaScript it stays open.
  var menu = document.querySelector(".regie-menu");
  if (menu && window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) {
    menu.removeAttribute("open");
  }
})();
