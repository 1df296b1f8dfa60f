/** The app's icons, shared by every feature's views (a package of its own, so no feature cycle runs through it). */
@NullMarked
package dev.scimme.icons;

import org.jspecify.annotations.NullMarked;
