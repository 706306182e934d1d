/*
 * Warns a logged-in user shortly before the session ends, and offers to stay logged in.
 * The server decides when a session ends (regie.apps.accounts.middleware.SessieMiddleware); this script only warns,
 * and reloads the page once the time is up so that no personal data stays on an unattended screen.
 * Its settings come from data-attributes on #sessie-waarschuwing (no inline script: the Content-Security-Policy
 * allows none).
 */
(function () {
  "use strict";
  var vak = document.getElementById("sessie-waarschuwing");
  if (!vak) {
    return;
  }
  var inactief = Number(vak.dataset.inactief) * 1000;
  var waarschuwing = Number(vak.dataset.waarschuwing) * 1000;
  var eindeInactief = Date.now() + inactief;
  var eindeMaximum = Date.now() + Number(vak.dataset.maximum) * 1000;
  var tekstInactief = vak.querySelector("[data-sessie-inactief]");
  var tekstMaximum = vak.querySelector("[data-sessie-maximum]");
  var knop = vak.querySelector("[data-sessie-verleng]");

  function toon(soort) {
    var wasVerborgen = vak.hidden;
    tekstInactief.hidden = soort !== "inactief";
    tekstMaximum.hidden = soort !== "maximum";
    knop.hidden = soort !== "inactief";
    vak.hidden = false;
    if (wasVerborgen && soort === "inactief") {
      knop.focus();
    }
  }

  function controleer() {
    var nu = Date.now();
    var einde = Math.min(eindeInactief, eindeMaximum);
    if (nu >= einde) {
      // The server has ended the session: loading the page again shows the login page with the reason.
      window.location.assign(window.location.href);
      return;
    }
    if (nu >= einde - waarschuwing) {
      toon(eindeMaximum <= eindeInactief ? "maximum" : "inactief");
    } else {
      vak.hidden = true;
    }
  }

  function activiteit() {
    eindeInactief = Date.now() + inactief;
    controleer();
  }

  knop.addEventListener("click", function () {
    fetch(vak.dataset.verlengUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": vak.dataset.csrf, "Accept": "application/json" },
    })
      .then(function (antwoord) {
        var json = (antwoord.headers.get("Content-Type") || "").indexOf("application/json") === 0;
        if (!antwoord.ok || !json) {
          throw new Error("sessie verlopen");
        }
        return antwoord.json();
      })
      .then(function (resterend) {
        eindeInactief = Date.now() + resterend.inactief * 1000;
        eindeMaximum = Date.now() + resterend.maximum * 1000;
        controleer();
      })
      .catch(function () {
        window.location.assign(window.location.href);
      });
  });

  // Requests made by htmx count as activity on the server too.
  document.body.addEventListener("htmx:afterRequest", activiteit);
  window.setInterval(controleer, 5000);
  controleer();
})();
