/*
 * The "Vytisknout" button on entry pages: shown only when script runs (the page has no inline script, so a
 * strict Content-Security-Policy holds); printing itself uses the print stylesheet in site.css.
 */
(function () {
  "use strict";
  var button = document.getElementById("vytisknout");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
