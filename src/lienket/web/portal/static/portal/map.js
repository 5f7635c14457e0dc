/* Zone map: Leaflet with tiles from a configured URL and markers from JSON embedded in the page.
 *
 * <div class="map" data-map data-tiles="https://…/{z}/{x}/{y}.png" data-attribution="…"
 *      data-markers="zone-markers" data-offline-text="…" data-empty-text="…"></div>
 * {{ markers|json_script:"zone-markers" }}
 *
 * Markers are vector circles (no image downloads), so with no network the markers still show on the plain
 * background and a note says the base map could not be loaded. Without JavaScript the zone list stays usable.
 */
(function () {
  "use strict";

  var KIND_COLOURS = { kcn: "#0b5d8c", ccn: "#c8102e", kkt: "#6a3d9a" };

  function note(el, text) {
    var p = document.getElementById(el.id + "-note");
    if (p && text) p.textContent = text;
  }

  function popupHtml(m) {
    var div = document.createElement("div");
    var a = document.createElement("a");
    a.href = m.url;
    a.textContent = m.name;
    div.appendChild(a);
    if (m.kind_label) {
      var k = document.createElement("div");
      k.className = "map-popup-kind";
      k.textContent = m.kind_label + (m.detail ? " · " + m.detail : "");
      div.appendChild(k);
    }
    return div;
  }

  function init(el) {
    if (el.dataset.mapReady) return;
    el.dataset.mapReady = "1";
    var source = document.getElementById(el.dataset.markers);
    var markers = [];
    try {
      markers = source ? JSON.parse(source.textContent) : [];
    } catch (e) {
      markers = [];
    }
    markers = markers.filter(function (m) {
      return typeof m.lat === "number" && typeof m.lon === "number";
    });
    var map = L.map(el, { scrollWheelZoom: false, attributionControl: true });
    el.leafletMap = map;

    var tilesUrl = el.dataset.tiles;
    var loaded = 0;
    var failed = 0;
    el.dataset.tilesState = "pending";
    function offline() {
      if (loaded === 0) {
        el.classList.add("map--offline");
        el.dataset.tilesState = "failed";
        note(el, el.dataset.offlineText);
      }
    }
    if (tilesUrl) {
      var layer = L.tileLayer(tilesUrl, { maxZoom: 18, attribution: el.dataset.attribution || "" });
      layer.on("tileload", function () {
        loaded += 1;
        el.dataset.tilesState = "loaded";
      });
      layer.on("tileerror", function () {
        failed += 1;
        if (failed >= 1) offline();
      });
      layer.addTo(map);
      // A silent network (requests that hang) never fires tileerror: decide after a few seconds.
      window.setTimeout(offline, 6000);
    } else {
      offline();
    }

    var group = L.featureGroup();
    markers.forEach(function (m) {
      var colour = KIND_COLOURS[m.kind] || "#333";
      L.circleMarker([m.lat, m.lon], {
        radius: 8,
        color: "#fff",
        weight: 2,
        fillColor: colour,
        fillOpacity: 0.9,
        className: "zone-marker zone-marker-" + (m.kind || "other"),
      })
        .bindPopup(popupHtml(m))
        .bindTooltip(m.name)
        .addTo(group);
    });
    group.addTo(map);
    el.dataset.markerCount = String(markers.length);
    if (markers.length) {
      map.fitBounds(group.getBounds().pad(0.2), { maxZoom: 12 });
    } else {
      // Centre of Vietnam's northern provinces, where the demo data sits.
      map.setView([21.0, 105.8], 7);
      note(el, el.dataset.emptyText);
    }
  }

  function initAll(root) {
    if (typeof L === "undefined") return;
    (root || document).querySelectorAll("[data-map]").forEach(init);
  }

  document.addEventListener("DOMContentLoaded", function () {
    initAll(document);
  });
  // htmx swaps in new results: start any map they contain.
  document.addEventListener("htmx:afterSettle", function (ev) {
    initAll(ev.target);
  });
})();
