/**
 * What a full page load (a reload, a bookmark, the return from sign-in) gets beyond Vaadin's own page: the
 * first view in the page itself, shown at once and replaced by the live view when Vaadin's client has
 * started ({@link dev.scimme.pageload.InPageRendering}); a client that starts as soon as it is loaded and
 * modules preloaded ({@link dev.scimme.pageload.BootstrapPageAdditions}). Figure 6 of {@code
 * docs/benchmarks.md} measures it.
 */
@NullMarked
package dev.scimme.pageload;

import org.jspecify.annotations.NullMarked;
