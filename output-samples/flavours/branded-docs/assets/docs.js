// The docs site's behaviour: the group navigation and the search box. Data comes from
// search-index.js (window.GEN_DOCS), loaded by a plain <script> so it works from file:// too.
// Everything from the data is inserted with textContent, never as HTML.
(function () {
  "use strict";
  var data = window.GEN_DOCS || { groups: [], entries: [] };
  var root = document.body.getAttribute("data-root") || "";
  var here = location.pathname.replace(/\\/g, "/");

  function href(pageId) {
    return root + pageId + ".html";
  }
  // The group whose folder holds this page directly (a group page or one of its operations).
  function inGroup(pageId) {
    var folder = "/" + pageId.replace(/index$/, "");
    var at = here.lastIndexOf(folder);
    return at >= 0 && here.indexOf("/", at + folder.length) < 0;
  }

  // Navigation: the group tree, nested by depth.
  var tree = document.getElementById("nav-tree");
  if (tree) {
    var stack = [document.createElement("ul")];
    tree.appendChild(stack[0]);
    var lastItem = null;
    data.groups.forEach(function (group) {
      var depth = group[2];
      while (stack.length - 1 < depth && lastItem) {
        var nested = document.createElement("ul");
        lastItem.appendChild(nested);
        stack.push(nested);
      }
      while (stack.length - 1 > depth) stack.pop();
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = href(group[1]);
      a.textContent = group[0].split(".").pop();
      a.title = group[0];
      if (inGroup(group[1])) a.className = "current";
      li.appendChild(a);
      stack[stack.length - 1].appendChild(li);
      lastItem = li;
    });
    // Bring the current group into the sidebar's view without scrolling the page itself.
    var current = tree.querySelector("a.current");
    var sidebar = document.getElementById("sidebar");
    if (current && sidebar) sidebar.scrollTop = Math.max(0, current.offsetTop - sidebar.clientHeight / 2);
  }

  var toggle = document.querySelector(".nav-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var open = document.body.classList.toggle("nav-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Search: every query word must start a word of the entry; operations first, then groups,
  // then types; more words matched in the title and shorter paths rank higher.
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  if (!input || !list) return;
  var KIND_RANK = { operation: 0, group: 1, type: 2 };
  var KIND_LABEL = { operation: "Operation", group: "Group", type: "Type" };
  function splitWords(text) {
    return text
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  }
  var prepared = data.entries.map(function (e) {
    var titleWords = splitWords(e[1]);
    return { entry: e, title: titleWords, all: titleWords.concat(splitWords(e[2]), e[4].split(" ")) };
  });
  function matchesWord(words, token) {
    for (var i = 0; i < words.length; i++) if (words[i].indexOf(token) === 0) return true;
    return false;
  }
  function search(query) {
    var tokens = splitWords(query);
    if (tokens.length === 0) return [];
    var results = [];
    prepared.forEach(function (p) {
      var score = 0;
      for (var i = 0; i < tokens.length; i++) {
        if (!matchesWord(p.all, tokens[i])) return;
        if (matchesWord(p.title, tokens[i])) score += 2;
      }
      if (p.all.join(" ").indexOf(tokens.join(" ")) >= 0) score += 3;
      results.push({ p: p, score: score });
    });
    results.sort(function (a, b) {
      var ea = a.p.entry, eb = b.p.entry;
      return KIND_RANK[ea[0]] - KIND_RANK[eb[0]] || b.score - a.score || ea[2].length - eb[2].length || (ea[1] < eb[1] ? -1 : ea[1] > eb[1] ? 1 : 0);
    });
    return results.slice(0, 30).map(function (r) { return r.p.entry; });
  }
  var active = -1;
  function render(entries) {
    list.textContent = "";
    active = -1;
    if (entries.length === 0) {
      var none = document.createElement("li");
      none.className = "empty";
      none.textContent = "No matches";
      list.appendChild(none);
    }
    entries.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = href(e[3]);
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = KIND_LABEL[e[0]];
      var title = document.createElement("span");
      title.className = "title";
      title.textContent = e[1];
      var detail = document.createElement("span");
      detail.className = "detail";
      detail.textContent = e[2];
      a.appendChild(kind);
      a.appendChild(title);
      a.appendChild(detail);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false;
  }
  function links() {
    return list.querySelectorAll("a");
  }
  function setActive(index) {
    var all = links();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    for (var i = 0; i < all.length; i++) all[i].className = i === active ? "active" : "";
    all[active].scrollIntoView({ block: "nearest" });
  }
  input.addEventListener("input", function () {
    if (input.value.trim() === "") {
      list.hidden = true;
      return;
    }
    render(search(input.value));
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { setActive(active + 1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { setActive(active - 1); event.preventDefault(); }
    else if (event.key === "Enter") {
      var all = links();
      var target = all[active >= 0 ? active : 0];
      if (target) location.href = target.href;
    } else if (event.key === "Escape") { list.hidden = true; input.blur(); }
  });
  document.addEventListener("click", function (event) {
    if (!list.contains(event.target) && event.target !== input) list.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input) { input.focus(); event.preventDefault(); }
  });
})();
