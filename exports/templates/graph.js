// actorgraph page: the vis-network graph and the moves to explore it — filters, search,
// focus/expand/back (kept in the URL fragment), a timeline with a range brush,
// communities, shortest paths, a map layout — and window.actorgraph to script them.
//
// Every text (names, sentences, titles) comes from a JSON data block and reaches the
// page as text only: vis-network shows string tooltips with innerText and draws
// labels on a canvas; this script builds elements with textContent (canvas labels
// with fillText), and a link's href is set only for http(s) URLs it checks or builds.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var DAY = 86400000;
  var byId = {}, edgeById = {};
  var adjacency = {};  // node id -> [{other, edge}]
  data.nodes.forEach(function (n) { byId[n.id] = n; adjacency[n.id] = []; });

  function dayOf(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY : null;
  }
  function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

  var dateless = 0, allDays = [];
  data.edges.forEach(function (e) {
    e.days = e.sources.map(function (s) {
      var d = dayOf(s.date);
      if (d === null) { dateless += 1; } else { allDays.push(d); }
      return d;
    });
    edgeById[e.id] = e;
    adjacency[e.from].push({ other: e.to, edge: e });
    adjacency[e.to].push({ other: e.from, edge: e });
  });
  // tooltips and edge colours are made here rather than shipped: a smaller page opens faster
  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }
  data.nodes.forEach(function (n) {
    var lines = [n.label, n.type + " \u00b7 " + plural(n.mentions, "mention") + " \u00b7 " +
                 plural(n.degree, "relation")];
    if (n.aliases.length) {
      lines.push("Also: " + n.aliases.slice(0, 6).join("; ") + (n.aliases.length > 6 ? " \u2026" : ""));
    }
    lines.push("In " + plural(n.articles.length, "article"));
    n.title = lines.join("\n");
  });
  data.edges.forEach(function (e) {
    var lines = [byId[e.from].label + " \u2014 " + (e.negated ? "not " : "") + e.relation +
                 " \u2192 " + byId[e.to].label + " (" + (e.event_class || "no event class") +
                 "; " + plural(e.count, "mention") + ")"];
    e.sources.slice(0, data.tooltipSentences).forEach(function (s) {
      var meta = data.articles[s.doc] || {};
      lines.push("\u2022 " + (s.negated ? "[negated] " : "") + (s.hedged ? "[hedged] " : "") +
                 "\u201c" + s.sentence + "\u201d \u2014 " + (meta.title || s.doc) +
                 (meta.date ? ", " + meta.date : ""));
    });
    if (e.sources.length > data.tooltipSentences) {
      lines.push("\u2026 " + (e.sources.length - data.tooltipSentences) + " more: click for all");
    }
    e.title = lines.join("\n");
    var colour = data.familyColors[e.family];
    e.color = { color: colour, highlight: colour, hover: colour, opacity: e.hedged ? 0.55 : 1 };
  });
  // the timeline spans the central 98% of the dated mentions (a story recalling 1965 does
  // not squash two years into one bar); earlier and later ones count in the end bins
  allDays.sort(function (a, b) { return a - b; });
  var cut = allDays.length >= 100 ? Math.floor(allDays.length * 0.01) : 0;
  var firstDay = allDays.length ? allDays[cut] : Infinity;
  var lastDay = allDays.length ? allDays[allDays.length - 1 - cut] : -Infinity;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);

  var big = data.nodes.length > data.limit;
  var state = {
    types: new Set(data.nodes.map(function (n) { return n.type; })),
    eventClass: "*",
    concepts: true,
    country: "*",
    minConfidence: 0,
    range: null,       // [first day, last day] kept, or null for all dates
    dateless: true,    // relations with no date shown
    colour: "type",
    size: "mentions",
    geo: false,
    view: { mode: big ? "overview" : "all", expanded: [] },
    revealed: new Set()
  };
  var past = [];  // earlier views, for "back"

  // -- what is shown ------------------------------------------------------------------
  function nodeAllowed(n) {
    return state.types.has(n.type) && (state.concepts || n.kind !== "concept");
  }
  function inRange(e) {
    if (!state.range && state.dateless) { return true; }
    return e.days.some(function (d) {
      return d === null ? state.dateless
        : !state.range || (d >= state.range[0] && d <= state.range[1]);
    });
  }
  // a relation kept by the filters (whatever the view)
  function relationAllowed(e) {
    var cls = state.eventClass;
    if (cls !== "*" && (cls === "" ? e.event_class : e.event_class !== cls)) { return false; }
    if (e.confidence < state.minConfidence) { return false; }
    if (state.country !== "*" && byId[e.from].country !== state.country &&
        byId[e.to].country !== state.country) { return false; }
    return inRange(e) && nodeAllowed(byId[e.from]) && nodeAllowed(byId[e.to]);
  }
  function inView(id) {
    var v = state.view;
    if (state.revealed.has(id)) { return true; }
    if (v.mode === "all") { return true; }
    if (v.mode === "overview") { return byId[id].top; }
    return v.nodes.has(id);
  }
  function pins() {
    var v = state.view, list = Array.from(state.revealed);
    if (v.focus) { list.push(v.focus); }
    if (v.mode === "paths") { list.push(v.from, v.to); }
    return list;
  }
  var shownNodes = new Set(), shownEdges = new Set();
  function computeVisible() {
    shownNodes = new Set();
    shownEdges = new Set();
    var only = state.view.mode === "paths" ? state.view.edges : null;
    data.edges.forEach(function (e) {
      if ((only ? only.has(e.id) : inView(e.from) && inView(e.to)) && relationAllowed(e)) {
        shownEdges.add(e.id); shownNodes.add(e.from); shownNodes.add(e.to);
      }
    });
    // a node is shown with a relation on screen, never alone (unless asked for by name)
    pins().forEach(function (id) { shownNodes.add(id); });
  }
  computeVisible();
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return shownNodes.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return shownEdges.has(e.id); } });

  var network = null;  // made at the start, below, once the first view is known

  // -- layout -------------------------------------------------------------------------
  var centreOn = null;
  function settle() {
    network.setOptions({ physics: false });
    var positions = network.getPositions();
    nodes.update(Object.keys(positions).map(function (id) {
      return { id: id, x: positions[id].x, y: positions[id].y };
    }));
    network.fit({ animation: false });
    if (centreOn && positions[centreOn]) {
      network.moveTo({ position: positions[centreOn], animation: false });
    }
    centreOn = null;
    document.body.setAttribute("data-stabilized", "true");
  }

  // fewer iterations on more nodes, for a view within ~2 s; fewer still when the new nodes
  // start beside their placed neighbours
  function iterationsFor(count, added) {
    var most = added ? data.relayoutIterations : data.options.physics.stabilization.iterations;
    return Math.round(Math.max(10, Math.min(most, 8000 / Math.max(count, 1))));
  }
  // run the layout on what is shown (new nodes already placed), or the map layout
  function layout(iterations) {
    document.body.removeAttribute("data-stabilized");
    if (state.geo) { geoPlace(); fitNow(); return; }
    if (!nodesView.length) { settle(); return; }
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(iterations);
  }
  function fitNow() {  // nothing moved: no positions to read back
    if (network.physics.physicsEnabled) { network.setOptions({ physics: false }); }
    network.fit({ animation: false });
    centreOn = null;
    document.body.setAttribute("data-stabilized", "true");
  }

  // Nodes about to appear start beside a placed neighbour (components with none on a
  // ring around the layout), so the layout already on screen only has to settle.
  var GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  function placeAround(isPlaced) {
    var neighbours = {};
    edgesView.forEach(function (e) {
      (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
      (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
    });
    var placed = {}, queue = [], pending = [];
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    nodesView.forEach(function (n) {
      if (!isPlaced(n)) { pending.push(n.id); return; }
      placed[n.id] = { x: n.x, y: n.y };
      queue.push(n.id);
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    if (!pending.length) { return 0; }
    var cx = queue.length ? (minX + maxX) / 2 : 0;
    var cy = queue.length ? (minY + maxY) / 2 : 0;
    var inner = queue.length ? Math.max(maxX - minX, maxY - minY) / 2 + 150 : 0;
    var updates = [], k = 0;
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
    var head = spread(0), ring = 0;
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
  function placeNewNodes() {
    return placeAround(function (n) { return n.x !== undefined && n.y !== undefined; });
  }
  // focus: the centre at the origin, its neighbours on a ring, and each further node in a
  // fan outside the node it was reached from
  function radialPlace(centre, hop, parent) {
    var children = {}, where = {}, updates = [{ id: centre, x: 0, y: 0 }];
    where[centre] = { x: 0, y: 0, angle: 0 };
    Object.keys(hop).sort(function (a, b) { return hop[a] - hop[b] || (a < b ? -1 : 1); })
      .forEach(function (id) {
        if (id !== centre) { (children[parent[id]] = children[parent[id]] || []).push(id); }
      });
    var first = children[centre] || [];
    var radius = Math.max(160, first.length * 16 / Math.PI);
    var queue = [];
    first.forEach(function (id, i) {
      var a = 2 * Math.PI * i / first.length;
      where[id] = { x: radius * Math.cos(a), y: radius * Math.sin(a), angle: a };
      queue.push(id);
    });
    for (var head = 0; head < queue.length; head++) {
      var from = where[queue[head]], kids = children[queue[head]] || [];
      var fan = Math.min(Math.PI / 2, 0.12 * kids.length);
      var step = 60 + 4 * kids.length;
      kids.forEach(function (id, i) {
        var a = from.angle + (kids.length > 1 ? fan * (i / (kids.length - 1) - 0.5) : 0);
        where[id] = { x: from.x + step * Math.cos(a), y: from.y + step * Math.sin(a), angle: a };
        queue.push(id);
      });
    }
    first.concat(queue.slice(first.length)).forEach(function (id) {
      updates.push({ id: id, x: where[id].x, y: where[id].y });
    });
    nodes.update(updates);
  }
  // map layout: located actors at their coordinates (equirectangular), the others around
  var GEO_SCALE = 40;  // pixels per degree
  function geoPlace() {
    var updates = [], taken = {};
    nodesView.forEach(function (n) {
      if (n.lat === undefined) { return; }
      var key = n.lat + "," + n.lon, k = taken[key] = (taken[key] || 0) + 1;
      var r = k > 1 ? 14 * Math.sqrt(k) : 0;  // actors at one place: a small spiral
      updates.push({ id: n.id, x: n.lon * GEO_SCALE + r * Math.cos(k * GOLDEN_ANGLE),
                     y: -n.lat * GEO_SCALE + r * Math.sin(k * GOLDEN_ANGLE) });
    });
    nodes.update(updates);
    var located = new Set(updates.map(function (u) { return u.id; }));
    placeAround(function (n) { return located.has(n.id); });
  }

  // -- labels of the largest nodes at every zoom level --------------------------------
  var labelled = [];
  function updateLabelled() {
    var size = state.size;
    labelled = Array.from(shownNodes).sort(function (a, b) {
      return byId[b].sizes[size] - byId[a].sizes[size] || (a < b ? -1 : 1);
    }).slice(0, data.labelled);
  }
  var threshold = data.options.nodes.scaling.label.drawThreshold - 1;
  function drawLabels(ctx) {
    var scale = network.getScale();
    if (data.options.nodes.font.size * scale >= threshold || !labelled.length) { return; }
    var positions = network.getPositions(labelled);
    ctx.save();
    ctx.font = (12 / scale) + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineWidth = 4 / scale;
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.fillStyle = "#1a1a1a";
    labelled.forEach(function (id) {
      var p = positions[id];
      if (!p) { return; }
      var n = byId[id], text = n.label.length > 40 ? n.label.slice(0, 39) + "\u2026" : n.label;
      var y = p.y + n.sizes[state.size] + 3 / scale;
      ctx.strokeText(text, p.x, y);
      ctx.fillText(text, p.x, y);
    });
    ctx.restore();
  }

  // -- notes --------------------------------------------------------------------------
  var hiddenNote = document.getElementById("hidden-note");
  var viewNote = document.getElementById("view-note");
  var backButton = document.getElementById("back");
  function updateNotes() {
    var v = state.view;
    var hidden = data.nodes.length - nodesView.length;
    if (v.mode === "overview") {
      document.getElementById("hidden-text").textContent =
        "Showing the " + nodesView.length + " most connected of " + data.nodes.length +
        " nodes; " + hidden + " hidden.";
    }
    hiddenNote.hidden = v.mode !== "overview";
    var text = "";
    if (v.mode === "focus") {
      text = (v.focus ? "Focus on " + byId[v.focus].label + " (" + v.hops + " hop" +
              (v.hops === 1 ? "" : "s") + ")" : "Overview") +
        (v.expanded.length ? ", expanded " + v.expanded.length + "\u00d7" : "") + ": ";
    } else if (v.mode === "paths") {
      text = v.paths.length + " shortest path" + (v.paths.length === 1 ? "" : "s") + " from " +
        byId[v.from].label + " to " + byId[v.to].label + ": ";
    }
    if (text) {
      document.getElementById("view-text").textContent = text + nodesView.length +
        " nodes, " + edgesView.length + " relations.";
    }
    viewNote.hidden = !text;
    backButton.disabled = !past.length;
  }

  function refresh() {
    computeVisible();
    nodesView.refresh();
    edgesView.refresh();
    updateLabelled();
    updateNotes();
    drawTimeline();
  }

  // -- views: focus, expand, paths, back ----------------------------------------------
  // nodes up to `hops` relations away over the relations the filters keep
  function neighbourhood(id, hops) {
    var hop = {}, parent = {}, queue = [id];
    hop[id] = 0;
    for (var head = 0; head < queue.length; head++) {
      var at = queue[head];
      if (hop[at] >= hops) { continue; }
      adjacency[at].forEach(function (link) {
        if (hop[link.other] !== undefined || !relationAllowed(link.edge)) { return; }
        hop[link.other] = hop[at] + 1;
        parent[link.other] = at;
        queue.push(link.other);
      });
    }
    return { hop: hop, parent: parent };
  }
  function clampHops(hops) {
    hops = Math.round(Number(hops));
    return hops >= 1 && hops <= 3 ? hops : Number(document.getElementById("hops").value);
  }
  function focusView(id, hops) {
    var found = neighbourhood(id, hops);
    radialPlace(id, found.hop, found.parent);
    return { mode: "focus", focus: id, hops: hops, nodes: new Set(Object.keys(found.hop)),
             expanded: [] };
  }
  function expandView(id) {
    var v = state.view, set = new Set(shownNodes);
    adjacency[id].forEach(function (link) {
      if (relationAllowed(link.edge)) { set.add(link.other); }
    });
    set.add(id);
    return { mode: "focus", focus: v.mode === "focus" ? v.focus : null,
             hops: v.hops || clampHops(), nodes: set,
             expanded: (v.expanded || []).concat([id]), base: v.base || v.mode };
  }
  // shortest paths over the relations the filters keep, through actors only unless asked
  function shortestPaths(a, b, viaConcepts, most) {
    var dist = {}, preds = {}, queue = [a];
    dist[a] = 0;
    preds[a] = [];
    for (var head = 0; head < queue.length; head++) {
      var at = queue[head];
      if (dist[b] !== undefined && dist[at] >= dist[b]) { break; }
      if (at !== a && !viaConcepts && byId[at].kind === "concept") { continue; }
      adjacency[at].forEach(function (link) {
        var o = link.other;
        if (!relationAllowed(link.edge)) { return; }
        if (dist[o] === undefined) {
          dist[o] = dist[at] + 1; preds[o] = [at]; queue.push(o);
        } else if (dist[o] === dist[at] + 1 && preds[o].indexOf(at) === -1) {
          preds[o].push(at);
        }
      });
    }
    if (dist[b] === undefined || a === b) { return []; }
    var paths = [];
    (function walk(id, tail) {
      if (paths.length >= most) { return; }
      if (id === a) { paths.push([a].concat(tail)); return; }
      preds[id].slice().sort().forEach(function (p) { walk(p, [id].concat(tail)); });
    })(b, []);
    return paths;
  }
  function pathsView(a, b, viaConcepts) {
    var paths = shortestPaths(a, b, viaConcepts, 3);
    var set = new Set(), steps = new Set(), on = new Set();
    paths.forEach(function (path) {
      path.forEach(function (id, i) {
        set.add(id);
        if (i) { steps.add(path[i - 1] + "\u0000" + id); steps.add(id + "\u0000" + path[i - 1]); }
      });
    });
    data.edges.forEach(function (e) {
      if (steps.has(e.from + "\u0000" + e.to) && relationAllowed(e)) { on.add(e.id); }
    });
    return { mode: "paths", from: a, to: b, concepts: !!viaConcepts, paths: paths,
             nodes: set, edges: on, expanded: [] };
  }

  function go(view) {  // show a new view; the current one goes on the "back" stack
    past.push({ view: state.view, revealed: new Set(state.revealed) });
    state.view = view;
    state.revealed = new Set();
  }
  function moved(iterations) {
    refresh();
    var added = placeNewNodes();
    layout(iterations === undefined ? iterationsFor(nodesView.length, added) : iterations);
    writeHash();
  }

  function focus(id, hops) {
    if (!byId[id]) { return null; }
    hops = clampHops(hops);
    document.getElementById("hops").value = String(hops);
    go(focusView(id, hops));
    centreOn = id;
    refresh();
    layout(iterationsFor(nodesView.length));
    writeHash();
    network.selectNodes([id]);
    showNode(byId[id]);
    return visible();
  }
  function expand(id) {
    if (!byId[id]) { return null; }
    go(expandView(id));
    moved();
    return visible();
  }
  function paths(a, b, options) {
    options = options || {};
    if (!byId[a] || !byId[b]) { return []; }
    var view = pathsView(a, b, options.concepts);
    if (!view.paths.length) {
      showPaths(view);
      return [];
    }
    go(view);
    moved(iterationsFor(view.nodes.size));
    showPaths(view);
    return view.paths;
  }
  function back() {
    var previous = past.pop();
    if (!previous) { return null; }
    state.view = previous.view;
    state.revealed = previous.revealed;
    if (state.view.hops) { document.getElementById("hops").value = String(state.view.hops); }
    moved();
    return visible();
  }
  function showAll() {
    go({ mode: "all", expanded: [] });
    refresh();
    var added = placeNewNodes();
    layout(iterationsFor(nodesView.length, added));
    writeHash();
  }
  function overview() {
    go({ mode: big ? "overview" : "all", expanded: [] });
    moved();
  }
  function visible() {
    return { nodes: nodesView.getIds().sort(), edges: edgesView.getIds().sort() };
  }

  // -- the URL fragment keeps the view: #focus=actor/hezbollah&hops=2 ------------------
  function encode(value) {
    return encodeURIComponent(value).replace(/%2F/g, "/");
  }
  function writeHash() {
    var v = state.view, parts = [];
    if (v.mode === "focus" && v.focus) {
      parts.push("focus=" + encode(v.focus), "hops=" + v.hops);
    } else if (v.mode === "all" || v.base === "all") {
      parts.push("view=all");
    }
    (v.expanded || []).forEach(function (id) { parts.push("expand=" + encode(id)); });
    if (v.mode === "paths") {
      parts.push("path=" + encode(v.from), "path=" + encode(v.to));
      if (v.concepts) { parts.push("concepts=1"); }
    }
    if (state.range && isFinite(state.range[0])) { parts.push("from=" + isoOf(state.range[0])); }
    if (state.range && isFinite(state.range[1])) { parts.push("to=" + isoOf(state.range[1])); }
    if (!state.dateless) { parts.push("dateless=0"); }
    if (state.colour !== "type") { parts.push("colour=" + state.colour); }
    if (state.size !== "mentions") { parts.push("size=" + state.size); }
    if (state.geo) { parts.push("map=1"); }
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash === location.hash || (!hash && !location.hash)) { return; }
    try {
      history.replaceState(null, "", hash || location.pathname + location.search);
    } catch (err) {
      ignoreHash = true;
      location.hash = hash;
    }
  }
  var ignoreHash = false;
  // the view a fragment describes (filters first, then the base view and its moves)
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var from = dayOf(params.get("from")), to = dayOf(params.get("to"));
    state.range = from !== null || to !== null
      ? [from === null ? -Infinity : from, to === null ? Infinity : to] : null;
    state.dateless = params.get("dateless") !== "0";
    document.getElementById("show-dateless").checked = state.dateless;
    if ((params.get("colour") || "type") !== state.colour) { setColour(params.get("colour")); }
    if ((params.get("size") || "mentions") !== state.size) { setSize(params.get("size")); }
    var id = params.get("focus");
    state.revealed = new Set();
    if (id && byId[id]) {
      var hops = clampHops(params.get("hops"));
      document.getElementById("hops").value = String(hops);
      state.view = focusView(id, hops);
      centreOn = id;
    } else {
      state.view = { mode: params.get("view") === "all" || !big ? "all" : "overview",
                     expanded: [] };
    }
    params.getAll("expand").forEach(function (x) {
      if (byId[x]) { computeVisible(); state.view = expandView(x); }
    });
    var ends = params.getAll("path");
    if (ends.length === 2 && byId[ends[0]] && byId[ends[1]]) {
      state.view = pathsView(ends[0], ends[1], params.get("concepts") === "1");
    }
  }
  window.addEventListener("hashchange", function () {
    if (ignoreHash) { ignoreHash = false; return; }
    past = [];
    readHash();
    moved();
  });

  // -- colour and size ----------------------------------------------------------------
  var typeLegend = document.getElementById("legend");
  var communityLegend = document.getElementById("community-legend");
  function colourOf(n, mode) {
    return mode === "community" ? data.communities[n.community].color : data.typeColors[n.type];
  }
  function setColour(mode) {
    mode = mode === "community" ? "community" : "type";
    state.colour = mode;
    document.getElementById("colour-by").value = mode;
    nodes.update(data.nodes.map(function (n) {
      n.color = colourOf(n, mode);
      return { id: n.id, color: n.color };
    }));
    typeLegend.hidden = mode !== "type";
    communityLegend.hidden = mode !== "community";
    return mode;
  }
  function buildCommunityLegend() {
    var shown = 0, rest = 0;
    data.communities.forEach(function (c, i) {
      if (i >= 12) { rest += 1; return; }
      var item = document.createElement("li");
      var swatch = el("span", null, "swatch");
      swatch.style.background = c.color;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(c.name + " "));
      item.appendChild(el("span", "(" + c.size + ")", "count"));
      item.title = "community of " + c.name;
      communityLegend.appendChild(item);
      shown += 1;
    });
    if (rest) { communityLegend.appendChild(el("li", "+ " + rest + " smaller (grey)", "count")); }
    return shown;
  }
  function setSize(mode) {
    mode = mode === "degree" ? "degree" : "mentions";
    state.size = mode;
    document.getElementById("size-by").value = mode;
    nodes.update(data.nodes.map(function (n) {
      n.size = n.sizes[mode];
      return { id: n.id, size: n.size };
    }));
    updateLabelled();
    return mode;
  }

  // -- details panel ------------------------------------------------------------------
  var panel = document.getElementById("details");
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  function button(text, action) {
    var b = el("button", text);
    b.type = "button";
    b.addEventListener("click", action);
    return b;
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
  function placeLine(n) {
    var line = el("p", null, "place");
    line.appendChild(document.createTextNode("Place: " + n.lat.toFixed(2) + ", " +
                                             n.lon.toFixed(2)));
    if (n.geonames !== undefined && /^\d+$/.test(String(n.geonames))) {
      line.appendChild(document.createTextNode(" \u00b7 "));
      var link = el("a", "GeoNames " + n.geonames);
      link.href = "https://www.geonames.org/" + n.geonames;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      line.appendChild(link);
    }
    return line;
  }
  function showNode(n) {
    panel.replaceChildren();
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("p", n.type + " \u00b7 " + n.mentions + " mention" +
                              (n.mentions === 1 ? "" : "s") + " \u00b7 " + n.degree +
                              " relation" + (n.degree === 1 ? "" : "s") + " \u00b7 community of " +
                              data.communities[n.community].name, "meta"));
    var actions = el("p", null, "actions");
    actions.appendChild(button("focus", function () { focus(n.id); }));
    actions.appendChild(button("expand", function () { expand(n.id); }));
    actions.appendChild(button("path from here", function () {
      document.getElementById("path-from").value = n.label;
      document.getElementById("path-to").focus();
    }));
    panel.appendChild(actions);
    if (n.aliases.length) { panel.appendChild(el("p", "Also: " + n.aliases.join("; "))); }
    if (n.codes || n.country || n.iso) {
      var codes = [];
      if (n.codes) { codes.push("CAMEO codes: " + n.codes.join(", ")); }
      if (n.country) { codes.push("country: " + n.country); }
      if (n.iso) { codes.push("ISO 3166: " + n.iso); }
      panel.appendChild(el("p", codes.join(" \u00b7 "), "codes"));
    }
    if (n.lat !== undefined) { panel.appendChild(placeLine(n)); }
    panel.appendChild(el("h3", "Relations"));
    var list = el("ul");
    adjacency[n.id].forEach(function (link) {
      var e = link.edge;
      var text = byId[e.from].label + " \u2014 " + e.label + " \u2192 " + byId[e.to].label;
      list.appendChild(el("li", text));
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
                              " mention" + (e.count === 1 ? "" : "s") + " \u00b7 confidence " +
                              e.confidence, "meta"));
    var list = el("ul");
    e.sources.forEach(function (s) {
      var item = el("li");
      if (s.negated) { item.appendChild(el("span", "negated", "flag negated")); }
      if (s.hedged) { item.appendChild(el("span", "hedged", "flag hedged")); }
      if (s.reported) {
        item.appendChild(el("span", s.by ? "reported by " + s.by : "reported", "flag"));
      }
      if (s.date) { item.appendChild(el("span", s.date, "flag date")); }
      item.appendChild(el("q", s.sentence));
      item.appendChild(el("br"));
      item.appendChild(articleLine(s.doc));
      list.appendChild(item);
    });
    panel.appendChild(list);
  }
  function showPaths(view) {
    panel.replaceChildren();
    panel.appendChild(el("h2", byId[view.from].label + " \u2194 " + byId[view.to].label));
    if (!view.paths.length) {
      panel.appendChild(el("p", "No path between them through the relations shown" +
                                (view.concepts ? "." : " (concepts excluded)."), "meta"));
      return;
    }
    panel.appendChild(el("p", view.paths.length + " shortest path" +
                              (view.paths.length === 1 ? "" : "s") + " of " +
                              (view.paths[0].length - 1) + " relation" +
                              (view.paths[0].length === 2 ? "" : "s"), "meta"));
    var list = el("ol");
    view.paths.forEach(function (path) {
      list.appendChild(el("li", path.map(function (id) { return byId[id].label; })
        .join(" \u2014 ")));
    });
    panel.appendChild(list);
  }
  var selected = null;
  function onClick(params) {
    if (params.nodes.length) { selected = params.nodes[0]; showNode(byId[selected]); }
    else if (params.edges.length) { showEdge(edgeById[params.edges[0]]); }
  }

  // -- search -------------------------------------------------------------------------
  // name suggestions, made when a name box is first used (thousands of options slow the opening)
  var names = document.getElementById("names");
  function suggest() {
    if (names.childElementCount) { return; }
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
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[list=names]"), function (input) {
    input.addEventListener("focus", suggest);
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    if (byId[query]) { return byId[query]; }
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
    refresh();
    placeNewNodes();  // a revealed node starts beside a neighbour on screen
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.2, animation: false });
    status.textContent = n.label;
    selected = n.id;
    showNode(n);
    return n.id;
  }
  var box = document.getElementById("search");
  box.addEventListener("change", function () { search(box.value); });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); search(box.value); }
  });

  // -- timeline: mentions per day, week or month, with a range brush -------------------
  var svg = document.getElementById("timeline");
  var SVG = "http://www.w3.org/2000/svg";
  var bins = [];  // [{start, end (days, inclusive), all, shown}]
  var unit = "day";
  (function makeBins() {
    if (firstDay === Infinity) { return; }
    var span = lastDay - firstDay + 1;
    unit = span <= 62 ? "day" : span <= 550 ? "week" : "month";
    var start = firstDay;
    if (unit === "week") { start -= (new Date(firstDay * DAY).getUTCDay() + 6) % 7; }
    while (start <= lastDay) {
      var end;
      if (unit === "day") { end = start; } else if (unit === "week") { end = start + 6; } else {
        var d = new Date(start * DAY);
        start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY;
        end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY - 1;
      }
      bins.push({ start: start, end: end, all: 0, shown: 0 });
      start = end + 1;
    }
  })();
  function binOf(day) {  // binary search; days outside the timeline count in its end bins
    if (day < bins[0].start) { return 0; }
    if (day > bins[bins.length - 1].end) { return bins.length - 1; }
    var lo = 0, hi = bins.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (day < bins[mid].start) { hi = mid - 1; } else if (day > bins[mid].end) { lo = mid + 1; }
      else { return mid; }
    }
    return -1;
  }
  data.edges.forEach(function (e) {
    e.days.forEach(function (d) { if (d !== null) { bins[binOf(d)].all += 1; } });
  });
  document.getElementById("dateless-count").textContent = "(" + dateless + " mentions)";
  var brush = null;  // [x0, x1] while dragging
  function svgWidth() { return svg.getBoundingClientRect().width || 800; }
  function drawTimeline() {
    svg.replaceChildren();
    bins.forEach(function (b) { b.shown = 0; });
    shownEdges.forEach(function (id) {
      edgeById[id].days.forEach(function (d) { if (d !== null) { bins[binOf(d)].shown += 1; } });
    });
    var label = document.getElementById("time-label");
    label.textContent = (state.range ? (state.range[0] === -Infinity ? "\u2026"
                                        : isoOf(state.range[0])) + " \u2013 " +
                         (state.range[1] === Infinity ? "\u2026" : isoOf(state.range[1]))
                         : "all dates") +
      (bins.length ? " \u00b7 per " + unit : "");
    if (!bins.length) { return; }
    var width = svgWidth(), height = 64, top = 4, bottom = 14;
    var most = Math.max.apply(null, bins.map(function (b) { return b.all; }).concat([1]));
    var w = width / bins.length;
    bins.forEach(function (b, i) {
      var kept = !state.range || (b.end >= state.range[0] && b.start <= state.range[1]);
      [["all", kept ? "#c9d4e3" : "#e6e6e6"], ["shown", kept ? "#3d6fa8" : "#b5b5b5"]]
        .forEach(function (bar) {
          var h = (height - top - bottom) * b[bar[0]] / most;
          if (!h) { return; }
          var rect = document.createElementNS(SVG, "rect");
          rect.setAttribute("x", String(i * w + 0.5));
          rect.setAttribute("width", String(Math.max(w - 1, 0.5)));
          rect.setAttribute("y", String(height - bottom - h));
          rect.setAttribute("height", String(h));
          rect.setAttribute("fill", bar[1]);
          svg.appendChild(rect);
        });
    });
    [0, bins.length - 1].forEach(function (i, k) {
      var text = document.createElementNS(SVG, "text");
      text.setAttribute("x", String(k ? width - 2 : 2));
      text.setAttribute("y", String(height - 2));
      text.setAttribute("text-anchor", k ? "end" : "start");
      text.setAttribute("class", "axis");
      text.textContent = isoOf(k ? bins[i].end : bins[i].start);
      svg.appendChild(text);
    });
    if (brush) {
      var rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("x", String(Math.min(brush[0], brush[1])));
      rect.setAttribute("width", String(Math.abs(brush[1] - brush[0])));
      rect.setAttribute("y", "0");
      rect.setAttribute("height", String(height));
      rect.setAttribute("class", "brush");
      svg.appendChild(rect);
    }
  }
  function binAt(x) {
    return Math.max(0, Math.min(bins.length - 1, Math.floor(x / svgWidth() * bins.length)));
  }
  svg.addEventListener("pointerdown", function (event) {
    if (!bins.length) { return; }
    var x = event.clientX - svg.getBoundingClientRect().left;
    brush = [x, x];
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", function (event) {
    if (!brush) { return; }
    brush[1] = event.clientX - svg.getBoundingClientRect().left;
    drawTimeline();
  });
  svg.addEventListener("pointerup", function () {
    if (!brush) { return; }
    var a = Math.min(brush[0], brush[1]), b = Math.max(brush[0], brush[1]);
    brush = null;
    if (b - a < 3) { setTimeRange(null, null); return; }  // a click: all dates
    var i = binAt(a), j = binAt(b);  // the end bins reach beyond the timeline
    setTimeRange(i ? isoOf(bins[i].start) : null, j < bins.length - 1 ? isoOf(bins[j].end) : null);
  });
  function setTimeRange(from, to) {
    var a = dayOf(from), b = dayOf(to);
    state.range = a === null && b === null ? null
      : [a === null ? -Infinity : a, b === null ? Infinity : b];
    refresh();
    settleNow();
    writeHash();
    return visible();
  }
  function settleNow() {  // a filter moves nothing: the view is stable at once
    document.body.setAttribute("data-stabilized", "true");
  }
  document.getElementById("time-all").addEventListener("click", function () {
    setTimeRange(null, null);
  });
  document.getElementById("show-dateless").addEventListener("change", function (event) {
    state.dateless = event.target.checked;
    refresh();
    writeHash();
  });
  window.addEventListener("resize", drawTimeline);

  // -- controls -----------------------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll("input.type-filter"), function (b) {
    b.addEventListener("change", function () {
      if (b.checked) { state.types.add(b.value); } else { state.types.delete(b.value); }
      refresh();
    });
  });
  document.getElementById("class-filter").addEventListener("change", function (event) {
    state.eventClass = event.target.value;
    refresh();
  });
  var countryFilter = document.getElementById("country-filter");
  if (countryFilter) {
    countryFilter.addEventListener("change", function (event) {
      state.country = event.target.value;
      refresh();
    });
  }
  document.getElementById("show-concepts").addEventListener("change", function (event) {
    state.concepts = event.target.checked;
    refresh();
  });
  var confidence = document.getElementById("min-confidence");
  function setMinConfidence(value) {
    state.minConfidence = Math.max(0, Math.min(1, Number(value) || 0));
    confidence.value = String(state.minConfidence);
    document.getElementById("min-confidence-value").textContent = state.minConfidence.toFixed(2);
    refresh();
    return visible();
  }
  confidence.addEventListener("input", function () { setMinConfidence(confidence.value); });
  document.getElementById("colour-by").addEventListener("change", function (event) {
    setColour(event.target.value);
    writeHash();
  });
  document.getElementById("size-by").addEventListener("change", function (event) {
    setSize(event.target.value);
    network.redraw();
    writeHash();
  });
  var geoBox = document.getElementById("geo-layout");
  var savedPositions = null;
  function setGeo(on) {
    on = !!on && data.nodes.some(function (n) { return n.lat !== undefined; });
    if (on === state.geo) { return on; }
    state.geo = on;
    if (geoBox) { geoBox.checked = on; }
    // curved edges bend around support points the physics moves: straight ones on the map
    network.setOptions({ edges: { smooth: on ? { enabled: false } : data.options.edges.smooth } });
    if (on) {
      savedPositions = network.getPositions();
      network.setOptions({ physics: false });
      layout();
    } else {
      nodes.update(Object.keys(savedPositions || {}).map(function (id) {
        return { id: id, x: savedPositions[id].x, y: savedPositions[id].y };
      }));
      placeNewNodes();
      layout(data.relayoutIterations);
    }
    writeHash();
    return on;
  }
  if (geoBox) { geoBox.addEventListener("change", function () { setGeo(geoBox.checked); }); }
  function current() {
    return selected || network.getSelectedNodes()[0] || (find(box.value) || {}).id;
  }
  document.getElementById("focus").addEventListener("click", function () {
    var id = current();
    if (id) { focus(id); }
  });
  document.getElementById("expand").addEventListener("click", function () {
    var id = current();
    if (id) { expand(id); }
  });
  document.getElementById("hops").addEventListener("change", function (event) {
    var v = state.view;  // a focus shown: the same actor with the new number of hops
    if (v.mode === "focus" && v.focus && !v.expanded.length) { focus(v.focus, event.target.value); }
  });
  backButton.addEventListener("click", back);
  document.getElementById("show-all").addEventListener("click", showAll);
  document.getElementById("overview").addEventListener("click", overview);
  document.getElementById("path-go").addEventListener("click", function () {
    var a = find(document.getElementById("path-from").value);
    var b = find(document.getElementById("path-to").value);
    if (a && b) {
      paths(a.id, b.id, { concepts: document.getElementById("path-concepts").checked });
    } else {
      status.textContent = "no actor named \u201c" + (a ? document.getElementById("path-to")
        : document.getElementById("path-from")).value + "\u201d";
    }
  });

  // -- start: the view of the URL fragment, if any, laid out by the first stabilization --
  buildCommunityLegend();
  if (location.hash.length > 1) { readHash(); }
  refresh();
  var options = JSON.parse(JSON.stringify(data.options));
  var laidOut = nodesView.get().every(function (n) { return n.x !== undefined; });
  if (laidOut && state.view.mode === "overview") {
    // the opening view of a large graph comes laid out: a short polish is enough
    options.physics.stabilization.iterations = data.polishIterations;
  } else if (placeNewNodes() && state.view.mode !== "overview") {
    options.physics.stabilization.iterations = data.polishIterations;
  } else if (state.view.mode !== "overview") {
    options.physics.stabilization.iterations = iterationsFor(nodesView.length);
  }
  network = new vis.Network(document.getElementById("graph"),
                            { nodes: nodesView, edges: edgesView }, options);
  network.on("stabilizationIterationsDone", settle);
  network.on("afterDrawing", drawLabels);
  network.on("click", onClick);
  if (state.view.mode === "paths") { showPaths(state.view); }
  else if (state.view.focus) { showNode(byId[state.view.focus]); }
  if (!nodesView.length) { fitNow(); }
  if (new URLSearchParams(location.hash.replace(/^#/, "")).get("map") === "1") { setGeo(true); }

  window.actorgraph = {
    // the moves
    focus: focus, expand: expand, back: back, showAll: showAll, overview: overview,
    setTimeRange: setTimeRange, colourBy: setColour, sizeBy: setSize, paths: paths,
    setMinConfidence: setMinConfidence, geo: setGeo, search: search, visible: visible,
    labelled: function () { return labelled.slice(); },
    // the objects underneath
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    state: state, data: data
  };
})();
