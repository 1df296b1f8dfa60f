@NullMarked
package dev.scimme.settings;

import org.jspecify.annotations.NullMarked;
