namespace DobraPraxe.Generator.Serve;

/// <summary>The script the preview server adds to every page: reload on a good rebuild, an overlay listing the errors on a failed one.</summary>
public static class LiveReloadScript
{
    public const string Source = """
        (function () {
          "use strict";
          var base = "/__dobrapraxe/";
          var seen = null;
          function overlay(problems) {
            var old = document.getElementById("dobrapraxe-overlay");
            if (old) old.remove();
            if (!problems || problems.length === 0) return;
            var box = document.createElement("div");
            box.id = "dobrapraxe-overlay";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;background:#2b0b0b;color:#fff;font:14px/1.5 monospace;padding:1rem 1.25rem;border-top:4px solid #e5484d";
            var title = document.createElement("p");
            title.style.cssText = "margin:0 0 .5rem;font:bold 16px/1.4 system-ui,sans-serif";
            title.textContent = "Obsah má chyby – stránka ukazuje poslední funkční verzi. Po opravě se sama obnoví.";
            box.appendChild(title);
            var pre = document.createElement("pre");
            pre.style.cssText = "margin:0;white-space:pre-wrap";
            pre.textContent = problems.join("\n");
            box.appendChild(pre);
            document.body.appendChild(box);
          }
          function check() {
            fetch(base + "status", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
              if (seen !== null && s.version !== seen && !s.failed) { location.reload(); return; }
              seen = s.version;
              overlay(s.failed ? s.problems : []);
            });
          }
          var events = new EventSource(base + "events");
          events.onmessage = check;
        })();
        """;
}
