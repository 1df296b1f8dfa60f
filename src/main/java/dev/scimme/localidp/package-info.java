@NullMarked
package dev.scimme.localidp;

import org.jspecify.annotations.NullMarked;
