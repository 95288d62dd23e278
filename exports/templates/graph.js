// actorgraph page: the vis-network graph, its filters, search and details panel.
//
// Every text (names, sentences, titles) comes from a JSON data block and reaches the
// page as text only: vis-network shows string tooltips with innerText and draws
// labels on a canvas; this script builds elements with textContent, and a link's
// href is set only for http(s) URLs.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  var state = {
    types: new Set(data.nodes.map(function (n) { return n.type; })),
    eventClass: "*",
    concepts: true,
    showAll: data.nodes.length <= data.limit,
    revealed: new Set()
  };
  var withEdges = new Set();

  function nodeAllowed(n) {
    if (state.revealed.has(n.id)) { return true; }
    return state.types.has(n.type) && (state.concepts || n.kind !== "concept") &&
      (state.showAll || n.top);
  }
  function edgeAllowed(e) {
    var cls = state.eventClass;
    if (cls !== "*" && (cls === "" ? e.event_class : e.event_class !== cls)) { return false; }
    return nodeAllowed(byId[e.from]) && nodeAllowed(byId[e.to]);
  }
  function nodeVisible(n) {
    return nodeAllowed(n) && (state.eventClass === "*" || withEdges.has(n.id) ||
                              state.revealed.has(n.id));
  }
  function computeWithEdges() {
    withEdges = new Set();
    edges.forEach(function (e) {
      if (edgeAllowed(e)) { withEdges.add(e.from); withEdges.add(e.to); }
    });
  }
  computeWithEdges();
  var nodesView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgesView = new vis.DataView(edges, { filter: edgeAllowed });

  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);

  function settle() {
    network.setOptions({ physics: false });
    var positions = network.getPositions();
    nodes.update(Object.keys(positions).map(function (id) {
      return { id: id, x: positions[id].x, y: positions[id].y };
    }));
    document.body.setAttribute("data-stabilized", "true");
  }
  network.once("stabilizationIterationsDone", settle);
  if (nodesView.length === 0) { settle(); }

  function updateNote() {
    var hidden = data.nodes.length - nodesView.length;
    var note = document.getElementById("hidden-note");
    if (!state.showAll && data.nodes.length > data.limit) {
      document.getElementById("hidden-text").textContent =
        "Showing the " + nodesView.length + " most connected of " + data.nodes.length +
        " nodes; " + hidden + " hidden.";
      note.hidden = false;
    } else {
      note.hidden = true;
    }
  }

  // Nodes about to appear start beside a placed neighbour (components with none on a
  // ring around the layout), so the layout already on screen only has to settle.
  var GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  function placeNewNodes() {
    var neighbours = {};
    edgesView.forEach(function (e) {
      (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
      (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
    });
    var placed = {};
    var queue = [];
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    var pending = [];
    nodesView.forEach(function (n) {
      if (n.x === undefined || n.y === undefined) { pending.push(n.id); return; }
      placed[n.id] = { x: n.x, y: n.y };
      queue.push(n.id);
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    if (!pending.length) { return 0; }
    var cx = queue.length ? (minX + maxX) / 2 : 0;
    var cy = queue.length ? (minY + maxY) / 2 : 0;
    var inner = queue.length ? Math.max(maxX - minX, maxY - minY) / 2 + 150 : 0;
    var updates = [];
    var k = 0;
    function put(id, x, y) {
      placed[id] = { x: x, y: y };
      updates.push({ id: id, x: x, y: y });
      queue.push(id);
    }
    function spread(head) {
      for (; head < queue.length; head++) {
        var from = placed[queue[head]];
        (neighbours[queue[head]] || []).forEach(function (id) {
          if (placed[id]) { return; }
          k += 1;
          put(id, from.x + 60 * Math.cos(k * GOLDEN_ANGLE), from.y + 60 * Math.sin(k * GOLDEN_ANGLE));
        });
      }
      return head;
    }
    var head = spread(0);
    var ring = 0;
    pending.forEach(function (id) {
      if (placed[id]) { return; }
      ring += 1;  // equal areas on the ring: radius grows with the square root
      var r = Math.sqrt(inner * inner + ring * 40000);
      put(id, cx + r * Math.cos(ring * GOLDEN_ANGLE), cy + r * Math.sin(ring * GOLDEN_ANGLE));
      head = spread(head);
    });
    nodes.update(updates);
    return updates.length;
  }

  function refresh(layout) {
    computeWithEdges();
    nodesView.refresh();
    edgesView.refresh();
    updateNote();
    if (layout) {
      document.body.removeAttribute("data-stabilized");
      var added = placeNewNodes();
      network.setOptions({ physics: { enabled: true } });
      network.once("stabilizationIterationsDone", settle);
      // placed beside their neighbours, new nodes need fewer iterations than a cold start
      network.stabilize(added ? data.relayoutIterations : data.options.physics.stabilization.iterations);
    }
  }
  updateNote();

  // -- filters ------------------------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll("input.type-filter"), function (box) {
    box.addEventListener("change", function () {
      if (box.checked) { state.types.add(box.value); } else { state.types.delete(box.value); }
      refresh(false);
    });
  });
  document.getElementById("class-filter").addEventListener("change", function (event) {
    state.eventClass = event.target.value;
    refresh(false);
  });
  document.getElementById("show-concepts").addEventListener("change", function (event) {
    state.concepts = event.target.checked;
    refresh(false);
  });
  document.getElementById("show-all").addEventListener("click", function () {
    state.showAll = true;
    refresh(true);
  });

  // -- details panel ------------------------------------------------------------------
  var panel = document.getElementById("details");
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  function articleLine(docId) {
    var meta = data.articles[docId] || {};
    var line = el("span", null, "source");
    var title = meta.title || docId;
    if (meta.url && /^https?:\/\//i.test(meta.url)) {
      var link = el("a", title);
      link.href = meta.url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      line.appendChild(link);
    } else {
      line.appendChild(document.createTextNode(title));
    }
    if (meta.date) { line.appendChild(document.createTextNode(", " + meta.date)); }
    return line;
  }
  function showNode(n) {
    panel.replaceChildren();
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("p", n.type + " \u00b7 " + n.mentions + " mention" +
                              (n.mentions === 1 ? "" : "s"), "meta"));
    if (n.aliases.length) { panel.appendChild(el("p", "Also: " + n.aliases.join("; "))); }
    panel.appendChild(el("h3", "Relations"));
    var list = el("ul");
    edges.forEach(function (e) {
      if (e.from !== n.id && e.to !== n.id) { return; }
      var text = byId[e.from].label + " \u2014 " + e.label + " \u2192 " + byId[e.to].label;
      list.appendChild(el("li", text + (e.count > 1 ? " (\u00d7" + e.count + ")" : "")));
    });
    panel.appendChild(list);
    panel.appendChild(el("h3", "Articles"));
    var articles = el("ul");
    n.articles.forEach(function (doc) {
      var item = el("li");
      item.appendChild(articleLine(doc));
      articles.appendChild(item);
    });
    panel.appendChild(articles);
  }
  function showEdge(e) {
    panel.replaceChildren();
    panel.appendChild(el("h2", byId[e.from].label + " \u2014 " + e.label + " \u2192 " +
                               byId[e.to].label));
    panel.appendChild(el("p", (e.event_class || "no event class") + " \u00b7 " + e.count +
                              " mention" + (e.count === 1 ? "" : "s"), "meta"));
    var list = el("ul");
    e.sources.forEach(function (s) {
      var item = el("li");
      if (s.negated) { item.appendChild(el("span", "negated", "flag negated")); }
      if (s.hedged) { item.appendChild(el("span", "hedged", "flag hedged")); }
      if (s.reported) {
        item.appendChild(el("span", s.by ? "reported by " + s.by : "reported", "flag"));
      }
      item.appendChild(el("q", s.sentence));
      item.appendChild(el("br"));
      item.appendChild(articleLine(s.doc));
      list.appendChild(item);
    });
    panel.appendChild(list);
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(byId[params.nodes[0]]); }
    else if (params.edges.length) { showEdge(edges.get(params.edges[0])); }
  });

  // -- search -------------------------------------------------------------------------
  var names = document.getElementById("names");
  var seen = new Set();
  data.nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      if (seen.has(name)) { return; }
      seen.add(name);
      var option = document.createElement("option");
      option.value = name;
      names.appendChild(option);
    });
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    var exact = data.nodes.filter(function (n) {
      return n.label.toLowerCase() === q ||
        n.aliases.some(function (a) { return a.toLowerCase() === q; });
    });
    if (exact.length) { return exact[0]; }
    var partial = data.nodes.filter(function (n) {
      return n.label.toLowerCase().indexOf(q) !== -1 ||
        n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) !== -1; });
    });
    return partial.length ? partial[0] : null;
  }
  var status = document.getElementById("search-status");
  function search(query) {
    var n = find(query);
    if (!n) { status.textContent = "no actor named \u201c" + query + "\u201d"; return null; }
    state.revealed.add(n.id);
    refresh(false);
    placeNewNodes();  // a revealed node starts beside a neighbour on screen
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.2, animation: false });
    status.textContent = n.label;
    showNode(n);
    return n.id;
  }
  var box = document.getElementById("search");
  box.addEventListener("change", function () { search(box.value); });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); search(box.value); }
  });

  window.actorgraph = { network: network, nodes: nodes, edges: edges, nodesView: nodesView,
                        edgesView: edgesView, state: state, search: search, data: data };
})();
