// The staff intake form: "use my location" fills the matter's coordinates from the device.
(function () {
  const button = document.getElementById('use-location');
  if (!button) return;
  button.addEventListener('click', () => {
    const status = document.getElementById('location-status');
    if (!navigator.geolocation) { status.textContent = '—'; return; }
    navigator.geolocation.getCurrentPosition((p) => {
      document.getElementById('lat').value = p.coords.latitude.toFixed(6);
      document.getElementById('lng').value = p.coords.longitude.toFixed(6);
      status.textContent = p.coords.latitude.toFixed(5) + ', ' + p.coords.longitude.toFixed(5) + ' (±' + Math.round(p.coords.accuracy) + ' m)';
    }, (e) => { status.textContent = e.message; }, { enableHighAccuracy: true, timeout: 15000 });
  });
})();
