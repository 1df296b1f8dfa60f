// Removes the server's copy of the first view (InPageRendering) the moment Vaadin's client puts the live
// view into its container: the two are never on the page together (they share element ids), and the
// copy, being inert, never takes a click meant for the live view.
(() => {
  const copy = document.getElementById('in-page-view');
  const live = copy && copy.nextElementSibling;
  if (!live) { return; }
  const swap = () => {
    if (live.firstChild) {
      observer.disconnect();
      copy.remove();
    }
  };
  const observer = new MutationObserver(swap);
  observer.observe(live, { childList: true });
})();
