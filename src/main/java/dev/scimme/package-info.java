@NullMarked
package dev.scimme;

import org.jspecify.annotations.NullMarked;
