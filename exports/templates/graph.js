// actorgraph page: builds the vis-network graph from the JSON data block.
// The data is plain JSON in a non-executable <script type="application/json">;
// every text (names, sentences) reaches the page as text, never as HTML:
// vis-network shows string tooltips with innerText and draws labels on a canvas.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  function settled() {
    network.setOptions({ physics: false });
    document.body.setAttribute("data-stabilized", "true");
  }
  network.once("stabilizationIterationsDone", settled);
  if (data.nodes.length === 0) { settled(); }
  window.actorgraph = { network: network, nodes: nodes, edges: edges, data: data };
})();
