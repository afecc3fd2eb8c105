// The reference server's map: zones, active plans' routes and live drone positions, read from
// the API with the signed-in user's token. No tile server by default (no internet assumed);
// the server's utm.map.tile-url setting adds one.
(function () {
  'use strict';

  const API = '/api/v1';
  const COLOURS = { ON_SCHEDULE: '#2a9d8f', NFZ_WARNING: '#f4a261', NFZ_ALERT: '#d00000' };
  const map = L.map('map', { preferCanvas: false }).setView([48.0, 67.0], 5);
  const zoneLayer = L.featureGroup().addTo(map);
  const planLayer = L.featureGroup().addTo(map);
  const droneLayer = L.featureGroup().addTo(map);
  let token = null;
  let refreshTimer = null;
  let alertSource = null;

  // A token may come in the fragment (#token=...), so that tools can open the page signed in.
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  token = fragment.get('token') || window.sessionStorage.getItem('utm.token');

  function api(path) {
    return fetch(API + path, { headers: { Authorization: 'Bearer ' + token } }).then(function (response) {
      if (response.status === 401) {
        signOut();
        throw new Error('signed out');
      }
      if (!response.ok) {
        throw new Error(path + ': HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function setStatus(text) {
    document.getElementById('status').textContent = text;
  }

  function signOut() {
    token = null;
    window.sessionStorage.removeItem('utm.token');
    document.getElementById('login').hidden = false;
    setStatus('signed out');
    if (refreshTimer) { clearInterval(refreshTimer); }
    if (alertSource) { alertSource.close(); }
  }

  function zoneLayerOf(zone) {
    const style = { color: '#e63946', weight: 1.5, fillOpacity: 0.25, className: 'utm-zone' };
    if (zone.geometryType === 'CIRCLE') {
      const c = zone.definition.center;
      return L.circle([c.lat, c.lon], Object.assign({ radius: zone.definition.radius_m }, style));
    }
    const rings = zone.definition.coordinates.map(function (ring) {
      return ring.map(function (position) { return [position[1], position[0]]; });
    });
    return L.polygon(rings, style);
  }

  function altitudes(zone) {
    const low = zone.minAltitudeM === undefined ? 'ground' : zone.minAltitudeM + ' m';
    const high = zone.maxAltitudeM === undefined ? 'unlimited' : zone.maxAltitudeM + ' m';
    return low + ' to ' + high;
  }

  function loadZones() {
    return api('/zones?limit=10000').then(function (page) {
      zoneLayer.clearLayers();
      page.items.forEach(function (zone) {
        zoneLayerOf(zone).bindPopup('<b>' + escape(zone.name) + '</b><br>' + altitudes(zone)).addTo(zoneLayer);
      });
      document.body.dataset.zones = String(page.items.length);
      if (page.items.length > 0 && !map.fitted) {
        map.fitBounds(zoneLayer.getBounds(), { maxZoom: 12 });
        map.fitted = true;
      }
    });
  }

  function loadPlans() {
    return api('/flight-plans?status=ACTIVE&limit=500').then(function (page) {
      planLayer.clearLayers();
      page.items.forEach(function (plan) {
        const route = plan.waypoints.map(function (w) { return [w.latitude, w.longitude]; });
        L.polyline(route, { color: '#457b9d', weight: 3, dashArray: '6 4', className: 'utm-plan' })
          .bindPopup('Plan ' + plan.id + ', drone ' + plan.droneId).addTo(planLayer);
      });
      document.body.dataset.plans = String(page.items.length);
    });
  }

  function loadDrones() {
    return api('/map/drones').then(function (drones) {
      droneLayer.clearLayers();
      drones.forEach(function (drone) {
        L.circleMarker([drone.latitude, drone.longitude], {
          radius: 7, color: '#222', weight: 1, fillOpacity: 0.9,
          fillColor: COLOURS[drone.status] || '#6c757d', className: 'utm-drone ' + drone.status
        }).bindPopup(escape(drone.name) + '<br>' + drone.status + ' at ' + drone.altitudeM + ' m<br>' + drone.timestamp)
          .addTo(droneLayer);
      });
      document.body.dataset.drones = String(drones.length);
    });
  }

  function listenForAlerts() {
    alertSource = new EventSource(API + '/alerts?access_token=' + encodeURIComponent(token));
    alertSource.addEventListener('conformance', function (event) {
      const alert = JSON.parse(event.data);
      const item = document.createElement('li');
      item.textContent = alert.occurredAt + ': drone ' + alert.droneId + ' ' + alert.from + ' → ' + alert.to;
      document.getElementById('alerts').prepend(item);
      loadDrones().catch(report);
    });
  }

  function refresh() {
    return Promise.all([loadZones(), loadPlans(), loadDrones()]).then(function () {
      setStatus('updated ' + new Date().toLocaleTimeString());
      document.body.dataset.ready = 'true';
    });
  }

  function start() {
    document.getElementById('login').hidden = true;
    api('/map/settings').then(function (settings) {
      if (settings.tileUrl) {
        L.tileLayer(settings.tileUrl, { maxZoom: 18, attribution: '&copy; map tiles' }).addTo(map);
      }
      return refresh();
    }).then(function () {
      // live=0 in the fragment: no alert stream, for tools that render the page once (an
      // open stream keeps a headless browser waiting for the page to go idle).
      if (fragment.get('live') !== '0') {
        listenForAlerts();
      }
      refreshTimer = setInterval(function () { refresh().catch(report); }, 5000);
    }).catch(report);
  }

  function report(error) {
    setStatus(String(error.message || error));
  }

  function escape(text) {
    const div = document.createElement('div');
    div.textContent = text;
    return div.innerHTML;
  }

  document.getElementById('login').addEventListener('submit', function (event) {
    event.preventDefault();
    fetch(API + '/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: document.getElementById('email').value,
        password: document.getElementById('password').value
      })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body.detail || ('HTTP ' + response.status)); }
        return body;
      });
    }).then(function (session) {
      token = session.token;
      window.sessionStorage.setItem('utm.token', token);
      document.getElementById('login-error').textContent = '';
      start();
    }).catch(function (error) {
      document.getElementById('login-error').textContent = error.message;
    });
  });

  if (token) { start(); } else { signOut(); }
})();
