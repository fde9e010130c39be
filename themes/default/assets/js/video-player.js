/*
 * The video facade of a page with a video on YouTube or Vimeo: until the reader presses the button, nothing is
 * requested from the host (the poster is the site's own). The press puts the host's privacy-enhanced player
 * (youtube-nocookie.com, Vimeo with dnt=1) in the poster's place and moves focus into it. Nothing is stored.
 * Without this script the poster is a link to the video on its host.
 */
(function () {
  "use strict";
  var facades = document.querySelectorAll(".video-facade[data-player]");
  Array.prototype.forEach.call(facades, function (facade) {
    var link = facade.querySelector("a.video-start");
    if (!link) return;
    // With script the control acts on this page, so it is a button, with the link's picture and words.
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.setAttribute("aria-label", link.getAttribute("aria-label") || "");
    while (link.firstChild) button.appendChild(link.firstChild);
    link.replaceWith(button);
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = facade.getAttribute("data-player");
      frame.title = facade.getAttribute("data-title") || "";
      frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      button.replaceWith(frame);
      frame.focus();
    });
  });
})();
