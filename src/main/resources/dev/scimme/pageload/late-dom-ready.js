// Runs, on the next task, a DOMContentLoaded listener added after that event has fired. Vaadin loads its
// Flow client (GWT) with import() long after the page was parsed; GWT's loader then waits for an event
// that will never come and falls back to polling document.readyState every 50 ms, which holds every full
// page load back by up to 50 ms. Listeners added before the event are untouched.
(() => {
  let fired = document.readyState !== 'loading';
  if (!fired) {
    document.addEventListener('DOMContentLoaded', () => { fired = true; }, { once: true });
  }
  const add = document.addEventListener;
  document.addEventListener = function (type, listener, options) {
    add.call(this, type, listener, options);
    if (type === 'DOMContentLoaded' && fired && typeof listener === 'function') {
      setTimeout(() => listener.call(document, new Event('DOMContentLoaded')));
    }
  };
})();
