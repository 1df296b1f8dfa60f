/** How the app's responses travel: caching of Vaadin's content-hashed assets (compression is configuration). */
@NullMarked
package dev.scimme.base.web;

import org.jspecify.annotations.NullMarked;
