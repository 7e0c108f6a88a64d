/*
 * SPDX-License-Identifier: EUPL-1.2
 * SPDX-FileCopyrightText: 2026 meedoen contributors
 *
 * The only script of our own. Everything else (partial updates, forms) is
 * htmx. No inline handlers: the CSP forbids inline script.
 *
 * Copy to clipboard:
 *   <button type="button" class="utrecht-button utrecht-button--secondary-action"
 *           data-copy-target="#advies" hidden
 *           data-copied-text="Gekopieerd" data-copy-failed-text="...">Kopieer</button>
 * data-copy-target is a CSS selector; a textarea/input gives its value, any
 * other element its text. Buttons start `hidden` and are shown here, so they
 * never appear where they cannot work. The result is announced in a
 * role="status" element right after the button (created when missing).
 */
(function () {
  "use strict";

  var DEFAULT_COPIED = "Gekopieerd naar het klembord.";
  var DEFAULT_FAILED = "Kopiëren lukte niet. Selecteer de tekst en kopieer met Ctrl+C.";

  function reveal(root) {
    if (root.matches && root.matches("[data-copy-target][hidden]")) {
      root.hidden = false;
    }
    var buttons = root.querySelectorAll("[data-copy-target][hidden]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
    }
  }

  function statusFor(button) {
    var next = button.nextElementSibling;
    if (next && next.classList.contains("meedoen-copy-status")) {
      return next;
    }
    var status = document.createElement("span");
    status.className = "meedoen-copy-status";
    status.setAttribute("role", "status");
    button.insertAdjacentElement("afterend", status);
    return status;
  }

  function textOf(target) {
    if ("value" in target && typeof target.value === "string") {
      return target.value;
    }
    return target.innerText || target.textContent || "";
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "meedoen-visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return fallbackCopy(text);
      });
    }
    return fallbackCopy(text);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-copy-target]") : null;
    if (!button) {
      return;
    }
    event.preventDefault();
    var target = document.querySelector(button.getAttribute("data-copy-target"));
    var status = statusFor(button);
    status.textContent = "";
    var done = function (ok) {
      status.textContent = ok
        ? button.getAttribute("data-copied-text") || DEFAULT_COPIED
        : button.getAttribute("data-copy-failed-text") || DEFAULT_FAILED;
    };
    if (!target) {
      done(false);
      return;
    }
    copy(textOf(target)).then(
      function () { done(true); },
      function () { done(false); }
    );
  });

  document.addEventListener("DOMContentLoaded", function () { reveal(document); });
  // Content swapped in by htmx.
  document.addEventListener("htmx:load", function (event) { reveal(event.target); });
})();
