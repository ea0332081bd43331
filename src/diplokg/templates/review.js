/* The review page's behaviour: facts ↔ spans, pictures → facts, legend toggles.
   Plain ES2017, no libraries, no network. The page works without it: links
   jump to spans and facts by their ids. */
(function () {
  "use strict";
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var behavior = reduce ? "auto" : "smooth";
  var panel = document.getElementById("panel");

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function words(value) { return value ? value.split(" ").filter(Boolean) : []; }
  function fragments(span) { return document.querySelectorAll('mark.hl[data-span="' + span + '"]'); }
  function spansOf(el) { return words(el.getAttribute("data-spans")); }

  function clearSelection() {
    each(document.querySelectorAll(".selected"), function (el) { el.classList.remove("selected"); });
  }

  function markSpans(spans) {
    spans.forEach(function (span) {
      each(fragments(span), function (m) {
        m.classList.remove("flash");
        void m.offsetWidth; // restart the animation
        m.classList.add("selected", "flash");
      });
    });
  }

  /* Bring a span into view in the text and mark all its fragments. */
  function showSpans(spans) {
    markSpans(spans);
    var first = spans.length ? document.getElementById("s-" + spans[0]) : null;
    if (first) { first.scrollIntoView({ block: "center", behavior: behavior }); }
  }

  /* Scroll the facts panel (not the page) to an item. */
  function revealInPanel(item) {
    if (!item || !panel || !panel.contains(item)) { return; }
    var box = panel.getBoundingClientRect();
    // At the end of the page the sticky panel is pushed up: aim below what is off screen.
    var hidden = Math.max(0, -box.top);
    var top = item.getBoundingClientRect().top - box.top + panel.scrollTop - hidden;
    panel.scrollTo({ top: Math.max(0, top - 60), behavior: behavior });
  }

  function markPictures(id) {
    each(document.querySelectorAll('[data-fact="' + id + '"]'), function (el) { el.classList.add("selected"); });
  }

  /* Select a fact, an entity or a validation result: mark it, show its spans. */
  function select(item, options) {
    if (!item) { return; }
    clearSelection();
    item.classList.add("selected");
    markPictures(item.id);
    showSpans(spansOf(item));
    // A validation result also selects the facts it concerns.
    var facts = words(item.getAttribute("data-facts")).map(function (id) {
      return document.getElementById(id);
    }).filter(Boolean);
    facts.forEach(function (f) { f.classList.add("selected"); markPictures(f.id); });
    if (options && options.reveal) { revealInPanel(item); }
    if (facts.length && !panel.contains(item)) { revealInPanel(facts[0]); }
  }

  function targetOf(link) {
    var href = link.getAttribute("href") || link.getAttribute("xlink:href") || "";
    return href.charAt(0) === "#" ? href.slice(1) : null;
  }

  function follow(id, event) {
    if (!id) { return false; }
    if (id.indexOf("s-") === 0) {
      event.preventDefault();
      clearSelection();
      showSpans([id.slice(2)]);
      return true;
    }
    var item = document.getElementById(id);
    if (item && (item.classList.contains("fact") || item.classList.contains("entity") ||
                 item.classList.contains("issue-item"))) {
      event.preventDefault();
      select(item, { reveal: true });
      return true;
    }
    return false;
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var link = target.closest("a");
    if (link && follow(targetOf(link), event)) { return; }
    if (link) { return; }
    var item = target.closest(".fact, .entity, .issue-item");
    if (item) { select(item, { reveal: false }); return; }
    var mark = target.closest("mark.hl");
    if (mark) { selectAt(mark); }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key !== "Enter" || !(target instanceof Element)) { return; }
    if (target.matches(".fact, .entity, .issue-item")) { select(target, { reveal: false }); }
  });

  /* Clicked text: every span around the click, and the facts and entity they back. */
  function selectAt(mark) {
    clearSelection();
    var spans = [], items = [];
    for (var m = mark; m; m = m.parentElement ? m.parentElement.closest("mark.hl") : null) {
      spans.push(m.getAttribute("data-span"));
      words(m.getAttribute("data-facts")).concat(words(m.getAttribute("data-entity")),
        words(m.getAttribute("data-issues"))).forEach(function (id) {
        var el = document.getElementById(id);
        if (el && items.indexOf(el) < 0) { items.push(el); }
      });
    }
    markSpans(spans);
    items.forEach(function (el) { el.classList.add("selected"); markPictures(el.id); });
    var inPanel = items.filter(function (el) { return panel && panel.contains(el); });
    revealInPanel(inPanel[0]);
  }

  /* Hovering one fragment of a span outlines all its fragments. */
  function hover(event, on) {
    var target = event.target;
    var mark = target instanceof Element ? target.closest("mark.hl") : null;
    if (mark) {
      each(fragments(mark.getAttribute("data-span")), function (m) { m.classList.toggle("hover", on); });
    }
  }
  document.addEventListener("mouseover", function (event) { hover(event, true); });
  document.addEventListener("mouseout", function (event) { hover(event, false); });

  /* Legend check boxes hide and show kinds of highlight. */
  each(document.querySelectorAll("input[data-toggle]"), function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-toggle"), !box.checked);
    });
  });

  /* A link from elsewhere (the index) to a fact: select it. */
  if (location.hash.length > 1) {
    var start = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (start && start.matches(".fact, .entity, .issue-item")) { select(start, { reveal: true }); }
  }
})();
