/* Reader tools. The page is complete without this file: it only adds conveniences. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Fallback for plain-HTTP mirrors, where the Clipboard API is unavailable.
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "absolute";
    field.style.left = "-9999px";
    document.body.appendChild(field);
    field.select();
    var copied = document.execCommand("copy");
    document.body.removeChild(field);
    return copied ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  document.querySelectorAll("[data-share]").forEach(function (details) {
    var url = details.getAttribute("data-share-url");
    var title = details.getAttribute("data-share-title");
    var summary = details.querySelector("summary");
    var copyButton = details.querySelector("[data-copy-link]");
    var status = details.querySelector("[data-copy-status]");

    copyButton.hidden = false;
    copyButton.addEventListener("click", function () {
      copyText(url).then(function () {
        status.textContent = copyButton.getAttribute("data-copied") || "Link copied";
      }, function () {
        status.textContent = url;
      });
    });

    if (navigator.share) {
      summary.addEventListener("click", function (event) {
        event.preventDefault();
        navigator.share({ title: title, url: url }).catch(function (error) {
          // A reader who cancels the share sheet meant it; anything else falls back to the links.
          if (error && error.name !== "AbortError") { details.open = true; }
        });
      });
    }

    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        summary.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (details.open && !details.contains(event.target)) { details.open = false; }
    });
  });
})();
