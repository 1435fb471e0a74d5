/* Hand-written on purpose: the page must open offline with nothing loaded from elsewhere, so no
   library. It draws one small park → project → target flow per park (SVG), fills the project table,
   and shows only what the jurisdiction filter and the search box let through. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var NS = document.getElementById("svg-ns").namespaceURI;  /* the SVG namespace, from an inline element */
  var COL = [0, 250, 500], WIDTH = [230, 230, 340], ROW = 28, TOP = 4;

  function el(name, attrs, parent, text) {
    var e = name === "svg" || ["rect", "text", "path", "g", "title"].indexOf(name) >= 0 ?
      document.createElementNS(NS, name) : document.createElement(name);
    Object.keys(attrs || {}).forEach(function (a) { e.setAttribute(a, attrs[a]); });
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  function cut(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function nodeText(i) { var n = data.nodes[i]; return n.q ? n.label + "（" + n.q + "）" : n.label; }

  /* legend and jurisdiction filter (provinces as option groups) */
  var legend = document.getElementById("legend");
  ["Park", "Project", "Target"].forEach(function (k) {
    var s = el("span", {}, legend);
    el("i", {style: "background:" + data.kinds[k].colour}, s);
    s.appendChild(document.createTextNode(data.kinds[k].zh));
  });
  var select = document.getElementById("jurisdiction");
  data.places.forEach(function (p) {
    var g = el("optgroup", {label: p.province}, select);
    p.jurisdictions.forEach(function (j) { el("option", {value: j.key}, g, j.name); });
  });

  /* one flow per park: rows are laid out top-down, a project spanning the rows of its targets */
  function box(svg, col, row, kind, text, nodeIndex) {
    var g = el("g", {"class": "node " + kind, "data-kind": kind}, svg);
    if (nodeIndex !== undefined) g.setAttribute("data-node", String(nodeIndex));
    var y = TOP + row * ROW;
    el("rect", {x: COL[col] + 1, y: y, width: WIDTH[col], height: ROW - 6, fill: data.kinds[kind].colour + "22",
                stroke: data.kinds[kind].colour}, g);
    el("text", {x: COL[col] + 8, y: y + ROW / 2 + 1}, g, cut(text, col === 2 ? 27 : 17));
    el("title", {}, g, text);
    return y + (ROW - 6) / 2;
  }
  function link(svg, col, y1, y2) {
    var x1 = COL[col] + WIDTH[col] + 1, x2 = COL[col + 1] + 1, m = (x1 + x2) / 2;
    el("path", {d: "M" + x1 + "," + y1 + " C" + m + "," + y1 + " " + m + "," + y2 + " " + x2 + "," + y2}, svg);
  }
  function drawFlow(park) {
    var rows = 0;
    park.projects.forEach(function (p) { rows += Math.max(1, p[1].length); });
    rows = Math.max(1, rows + park.own.length);
    var svg = el("svg", {"class": "flow", width: COL[2] + WIDTH[2] + 4, height: TOP * 2 + rows * ROW - 4});
    var parkY = TOP + (rows - 1) / 2 * ROW + (ROW - 6) / 2, row = 0, ends = [];
    park.projects.forEach(function (p) {
      var span = Math.max(1, p[1].length);
      var py = box(svg, 1, row + (span - 1) / 2, "Project", nodeText(p[0]), p[0]);
      ends.push([1, py]);
      p[1].forEach(function (t, k) { link(svg, 1, py, box(svg, 2, row + k, "Target", nodeText(t), t)); });
      row += span;
    });
    park.own.forEach(function (t) { ends.push([2, box(svg, 2, row, "Target", nodeText(t), t)]); row += 1; });
    ends.forEach(function (e) {
      var x1 = COL[0] + WIDTH[0] + 1, x2 = COL[e[0]] + 1, m = (x1 + x2) / 2;
      el("path", {d: "M" + x1 + "," + parkY + " C" + m + "," + parkY + " " + m + "," + e[1] + " " + x2 + "," + e[1]}, svg);
    });
    box(svg, 0, (rows - 1) / 2, "Park", park.label);
    if (!park.projects.length && !park.own.length) {
      el("text", {"class": "serves", x: COL[1] + 8, y: parkY + 4}, svg,
         "无项目或目标指标；服务 " + park.tasks + " 项任务" + (park.goals.length ? "、" + park.goals.length + " 个目标" : ""));
    }
    return svg;
  }

  /* park cards, under a heading per province */
  var parksDiv = document.getElementById("parks"), cards = [], headings = {};
  data.parks.forEach(function (park) {
    if (!headings[park.province]) {
      headings[park.province] = el("h3", {"class": "province"}, parksDiv, park.province);
    }
    var card = el("article", {"class": "park", "data-j": park.j, "data-label": park.label}, parksDiv);
    var h = el("h4", {}, card, park.label), targets = {};
    park.own.concat.apply(park.own, park.projects.map(function (p) { return p[1]; }))
      .forEach(function (t) { targets[t] = true; });
    el("small", {}, h, park.juris + " · 项目 " + park.projects.length + " · 目标指标 " + Object.keys(targets).length +
       " · 任务 " + park.tasks + (park.goals.length ? " · 目标：" + park.goals.join("、") : ""));
    card.appendChild(drawFlow(park));
    var words = park.names.concat([park.label]);
    park.projects.forEach(function (p) { words.push(data.nodes[p[0]].label); p[1].forEach(function (t) { words.push(data.nodes[t].label); }); });
    park.own.forEach(function (t) { words.push(data.nodes[t].label); });
    cards.push({el: card, park: park, text: words.join("\n").toLowerCase()});
  });

  /* project table */
  var tbody = document.querySelector("#projects tbody"), rowsOut = [];
  data.projects.forEach(function (p, i) {
    var tr = el("tr", {"class": "project", "data-j": p.j, "data-label": data.nodes[p.n].label}, tbody);
    el("td", {"class": "num"}, tr, String(i + 1));
    el("td", {}, tr, data.nodes[p.n].label);
    el("td", {}, tr, p.juris);
    el("td", {}, tr, p.parks.join("、") || "—");
    el("td", {}, tr, p.targets.map(nodeText).join("；") || "—");
    el("td", {"class": "num"}, tr, String(p.tasks));
    el("td", {"class": "num"}, tr, String(p.goals));
    var words = [data.nodes[p.n].label].concat(p.parks, p.targets.map(function (t) { return data.nodes[t].label; }));
    rowsOut.push({el: tr, j: p.j, text: words.join("\n").toLowerCase(), own: data.nodes[p.n].label.toLowerCase()});
  });

  /* filtering */
  var search = document.getElementById("search"), count = document.getElementById("count");
  function apply() {
    var j = select.value, q = search.value.trim().toLowerCase(), parks = 0, projects = 0, seen = {};
    cards.forEach(function (c) {
      var on = (!j || c.park.j === j) && (!q || c.text.indexOf(q) >= 0);
      c.el.hidden = !on;
      if (on) { parks += 1; seen[c.park.province] = true; }
      c.el.querySelectorAll("g.node").forEach(function (g) {
        g.classList.toggle("hit", !!q && g.querySelector("title").textContent.toLowerCase().indexOf(q) >= 0);
      });
    });
    Object.keys(headings).forEach(function (p) { headings[p].hidden = !seen[p]; });
    rowsOut.forEach(function (r) {
      var on = (!j || r.j === j) && (!q || r.text.indexOf(q) >= 0);
      r.el.hidden = !on;
      r.el.classList.toggle("hit", on && !!q && r.own.indexOf(q) >= 0);
      if (on) projects += 1;
    });
    document.getElementById("no-parks").hidden = parks > 0;
    document.getElementById("no-projects").hidden = projects > 0;
    count.textContent = "显示 " + parks + " / " + cards.length + " 个园区 · " + projects + " / " + rowsOut.length + " 个项目";
    document.body.setAttribute("data-visible-parks", String(parks));
    document.body.setAttribute("data-visible-projects", String(projects));
  }
  search.addEventListener("input", apply);
  select.addEventListener("change", apply);
  apply();
  document.body.setAttribute("data-rendered", String(cards.length));
})();
