@NullMarked
package dev.scimme.base.health;

import org.jspecify.annotations.NullMarked;
